package dev.berth.adapters.rest.version;

import dev.berth.domain.error.InvalidParameter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An Engine API version such as 1.43, ordered numerically (1.9 < 1.10). */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

    /** The oldest version dockerd still serves. */
    public static final ApiVersion MINIMUM = new ApiVersion(1, 24);
    /** The newest version Berth implements; clients negotiate down to it through {@code /_ping}. */
    public static final ApiVersion MAXIMUM = new ApiVersion(1, 43);

    private static final Pattern FORMAT = Pattern.compile("(\\d+)\\.(\\d+)");

    public static ApiVersion parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new InvalidParameter("invalid API version: " + text);
        }
        return new ApiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Refuses versions outside the served range with dockerd's messages. */
    public ApiVersion requireSupported() {
        if (compareTo(MINIMUM) < 0) {
            throw new InvalidParameter("client version " + this + " is too old. Minimum supported API version is "
                    + MINIMUM + ", please upgrade your client to a newer version");
        }
        if (compareTo(MAXIMUM) > 0) {
            throw new InvalidParameter("client version " + this + " is too new. Maximum supported API version is "
                    + MAXIMUM);
        }
        return this;
    }

    public boolean atLeast(ApiVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(ApiVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
