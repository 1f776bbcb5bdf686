package dev.berth.domain.storage;

import dev.berth.domain.error.InvalidParameter;

import java.util.regex.Pattern;

/** Names a snapshot: a committed layer (by ChainID hex) or an active one (a container's writable layer). */
public record SnapshotKey(String value) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

    public SnapshotKey {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new InvalidParameter("invalid snapshot key: " + value);
        }
    }
}
