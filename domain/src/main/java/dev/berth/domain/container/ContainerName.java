package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

import java.util.regex.Pattern;

/** A container name without its leading slash; dockerd's rule: {@code [a-zA-Z0-9][a-zA-Z0-9_.-]+}. */
public record ContainerName(String value) {

    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");

    public ContainerName {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidParameter("Invalid container name (" + value + "), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
        }
    }

    /** Accepts the API's form with a leading slash too. */
    public static ContainerName parse(String text) {
        return new ContainerName(text != null && text.startsWith("/") ? text.substring(1) : text);
    }

    @Override
    public String toString() {
        return value;
    }
}
