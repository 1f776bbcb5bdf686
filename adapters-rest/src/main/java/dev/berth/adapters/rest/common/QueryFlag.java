package dev.berth.adapters.rest.common;

import java.util.Locale;
import java.util.Set;

/**
 * A boolean query parameter as dockerd reads it ({@code httputils.BoolValue}): absent, empty, {@code 0},
 * {@code no}, {@code false} and {@code none} are false, anything else true (clients send {@code 1}).
 */
public final class QueryFlag {

    private static final Set<String> FALSE = Set.of("", "0", "no", "false", "none");

    private QueryFlag() {
    }

    public static boolean isSet(String value) {
        return value != null && !FALSE.contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
