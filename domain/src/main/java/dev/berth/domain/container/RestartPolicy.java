package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

/**
 * {@code no}, {@code always}, {@code unless-stopped}, {@code on-failure[:N]}, checked with dockerd's messages. An
 * empty name is {@code no} whatever the count (clients before dockerd 25 sent it so).
 */
public record RestartPolicy(String name, int maximumRetryCount) {

    public static final RestartPolicy NO = new RestartPolicy("no", 0);

    public RestartPolicy {
        if (name == null || name.isEmpty()) {
            name = "no";
            maximumRetryCount = 0;
        }
        switch (name) {
            case "no", "always", "unless-stopped" -> {
                if (maximumRetryCount != 0) {
                    throw new InvalidParameter("invalid restart policy: maximum retry count can only be used with "
                            + "'on-failure'" + (maximumRetryCount < 0 ? " and cannot be negative" : ""));
                }
            }
            case "on-failure" -> {
                if (maximumRetryCount < 0) {
                    throw new InvalidParameter("invalid restart policy: maximum retry count cannot be negative");
                }
            }
            default -> throw new InvalidParameter("invalid restart policy: unknown policy '" + name
                    + "'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'");
        }
    }

    public boolean isNone() {
        return name.equals("no");
    }

    /**
     * Whether a container that ended with {@code exitCode} runs again, as dockerd's restart manager decides:
     * {@code always} whatever happened, {@code unless-stopped} unless the user stopped it, {@code on-failure} on a
     * non-zero code while fewer than the maximum restarts (0: no maximum) were made.
     */
    public boolean restarts(int exitCode, boolean stoppedByUser, int restartsSoFar) {
        return switch (name) {
            case "always" -> true;
            case "unless-stopped" -> !stoppedByUser;
            case "on-failure" -> exitCode != 0 && (maximumRetryCount == 0 || restartsSoFar < maximumRetryCount);
            default -> false;
        };
    }
}
