package dev.berth.domain.build;

import dev.berth.domain.error.InvalidParameter;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's {@code time.ParseDuration}, as HEALTHCHECK's flags take it: {@code 30s}, {@code 1m30s}, {@code 1.5h}; and
 * {@code Duration.String} for messages dockerd words with it.
 */
public final class GoDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private GoDuration() {
    }

    public static Duration parse(String text) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher part = PART.matcher(text);
        int position = 0;
        double nanos = 0;
        while (position < text.length() && part.find(position) && part.start() == position) {
            nanos += Double.parseDouble(part.group(1)) * NANOS.get(part.group(2));
            position = part.end();
        }
        if (position == 0 || position != text.length()) {
            throw new InvalidParameter("time: invalid duration \"" + text + "\"");
        }
        return Duration.ofNanos(Math.round(nanos));
    }

    /** As Go prints a duration: {@code 2s}, {@code 1.5s}, {@code 1m30s}, {@code 1h0m0s}, {@code 500ms}, {@code 0s}. */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        if (nanos < 1_000_000_000L) {
            for (var unit : new String[][] {{"ms", "1000000"}, {"µs", "1000"}, {"ns", "1"}}) {
                long size = Long.parseLong(unit[1]);
                if (nanos >= size) {
                    return decimal(nanos, size) + unit[0];
                }
            }
        }
        long hours = nanos / 3_600_000_000_000L;
        long minutes = nanos % 3_600_000_000_000L / 60_000_000_000L;
        String seconds = decimal(nanos % 60_000_000_000L, 1_000_000_000L) + "s";
        return hours > 0 ? hours + "h" + minutes + "m" + seconds : minutes > 0 ? minutes + "m" + seconds : seconds;
    }

    private static String decimal(long value, long unit) {
        String fraction = String.format("%0" + Long.toString(unit).length() + "d", value % unit).substring(1)
                .replaceAll("0+$", "");
        return value / unit + (fraction.isEmpty() ? "" : "." + fraction);
    }
}
