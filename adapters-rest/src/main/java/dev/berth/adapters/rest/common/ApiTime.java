package dev.berth.adapters.rest.common;

import dev.berth.domain.error.InvalidParameter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Time as the Engine API writes and reads it. */
public final class ApiTime {

    /** Go's zero time, which dockerd prints for times that have not happened. */
    public static final String ZERO = "0001-01-01T00:00:00Z";

    private ApiTime() {
    }

    /** RFC 3339 with nanoseconds, or the zero time for null. */
    public static String format(Instant instant) {
        return instant == null ? ZERO : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /**
     * A {@code since}/{@code until} parameter: unix seconds with an optional fraction ({@code 1700000000.5}), which
     * is what the CLI sends, or RFC 3339. Empty means unset; "0" is the epoch (events since 0 replay everything).
     */
    public static Instant parseTimestamp(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal seconds = new BigDecimal(value);
            long whole = seconds.longValue();
            long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
            return Instant.ofEpochSecond(whole, nanos);
        } catch (NumberFormatException notUnix) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new InvalidParameter("invalid value for " + name + ": " + value);
            }
        }
    }
}
