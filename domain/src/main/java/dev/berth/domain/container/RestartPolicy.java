package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

/** {@code no}, {@code always}, {@code unless-stopped}, {@code on-failure[:N]}. */
public record RestartPolicy(String name, int maximumRetryCount) {

    public static final RestartPolicy NO = new RestartPolicy("no", 0);

    public RestartPolicy {
        name = name == null || name.isEmpty() ? "no" : name;
        switch (name) {
            case "no", "always", "unless-stopped" -> {
                if (maximumRetryCount != 0) {
                    throw new InvalidParameter("maximum retry count cannot be used with restart policy '" + name + "'");
                }
            }
            case "on-failure" -> {
                if (maximumRetryCount < 0) {
                    throw new InvalidParameter("maximum retry count cannot be negative");
                }
            }
            default -> throw new InvalidParameter("invalid restart policy '" + name + "'");
        }
    }
}
