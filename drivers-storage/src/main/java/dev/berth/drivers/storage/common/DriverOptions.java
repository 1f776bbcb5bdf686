package dev.berth.drivers.storage.common;

import dev.berth.domain.error.InvalidParameter;

import java.util.Map;

/** Option checks shared by the storage drivers. */
public final class DriverOptions {

    private DriverOptions() {
    }

    /** For drivers that take no options: a misspelt key must fail start, not be silently ignored. */
    public static void requireNone(String driver, Map<String, String> options) {
        options.keySet().stream().sorted().findFirst().ifPresent(key -> {
            throw new InvalidParameter("unknown option " + key + " for storage driver " + driver);
        });
    }
}
