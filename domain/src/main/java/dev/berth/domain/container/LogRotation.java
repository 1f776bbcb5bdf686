package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a container's log is rotated: once the current file reaches {@code maxSize} bytes it becomes the newest of
 * at most {@code maxFiles} files in all, the oldest going (with one file, the log starts over), as dockerd's
 * json-file {@code max-size} and {@code max-file} options do.
 */
public record LogRotation(long maxSize, int maxFiles) {

    /** What dockerd keeps besides a log driver plugin (its "dual logging" cache): 5 files of 20 MB. */
    public static final LogRotation PLUGIN_CACHE = new LogRotation(20L << 20, 5);

    /** dockerd's units.RAMInBytes: a number, a binary multiple k m g t p, an optional "b" or "ib". */
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?) ?([kmgtp])?(?:i?b)?");

    public LogRotation {
        if (maxSize <= 0 || maxFiles < 1) {
            throw new IllegalArgumentException("a rotation needs a positive size and at least one file");
        }
    }

    /** The rotation {@code max-size} and {@code max-file} ask for; none without a positive {@code max-size}. */
    static Optional<LogRotation> of(Map<String, String> options) {
        int maxFiles = Optional.ofNullable(options.get("max-file")).map(LogRotation::files).orElse(1);
        long maxSize = Optional.ofNullable(options.get("max-size")).map(LogRotation::bytes).orElse(-1L);
        return maxSize > 0 ? Optional.of(new LogRotation(maxSize, maxFiles)) : Optional.empty();
    }

    private static int files(String text) {
        int files;
        try {
            files = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameter("invalid value for max-file: '" + text + "'");
        }
        if (files < 1) {
            throw new InvalidParameter("max-file cannot be less than 1");
        }
        return files;
    }

    /** Bytes, or -1 for dockerd's "no limit" ({@code -1}). */
    private static long bytes(String text) {
        if (text.trim().equals("-1")) {
            return -1;
        }
        Matcher size = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!size.matches()) {
            throw new InvalidParameter("invalid size: '" + text + "'");
        }
        int shift = size.group(2) == null ? 0 : 10 * ("kmgtp".indexOf(size.group(2)) + 1);
        return (long) (Double.parseDouble(size.group(1)) * (1L << shift));
    }
}
