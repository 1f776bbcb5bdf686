package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** 64 lowercase hex digits, random, as dockerd makes them. */
public record ContainerId(String value) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ContainerId {
        if (value == null || !HEX64.matcher(value).matches()) {
            throw new InvalidParameter("invalid container ID: " + value);
        }
    }

    public static ContainerId random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        // dockerd avoids IDs that look like numbers (the short form could be read as one).
        return hex.substring(0, 12).matches("[0-9]+") ? random() : new ContainerId(hex);
    }

    public String shortId() {
        return value.substring(0, 12);
    }

    @Override
    public String toString() {
        return value;
    }
}
