package dev.berth.adapters.runc;

import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.runtime.LogStream;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Parses one line of the CRI log format conmon writes: {@code <RFC3339Nano time> <stdout|stderr> <F|P> <content>}.
 * A {@code P} entry is part of a line the next entry continues; an {@code F} entry ends one, so its content gets
 * back the newline the format strips.
 */
final class CriLogLine {

    private CriLogLine() {
    }

    /** The entry of {@code line} (without its trailing newline); empty for a line that is not CRI. */
    static Optional<LogEntry> parse(byte[] line) {
        int timeEnd = indexOf(line, (byte) ' ', 0);
        int streamEnd = timeEnd < 0 ? -1 : indexOf(line, (byte) ' ', timeEnd + 1);
        if (streamEnd < 0) {
            return Optional.empty();
        }
        int tagEnd = indexOf(line, (byte) ' ', streamEnd + 1);
        int contentStart = tagEnd < 0 ? line.length : tagEnd + 1;
        String tag = ascii(line, streamEnd + 1, tagEnd < 0 ? line.length : tagEnd);
        Optional<LogStream> stream = switch (ascii(line, timeEnd + 1, streamEnd)) {
            case "stdout" -> Optional.of(LogStream.STDOUT);
            case "stderr" -> Optional.of(LogStream.STDERR);
            default -> Optional.empty();
        };
        if (stream.isEmpty() || !(tag.equals("F") || tag.equals("P"))) {
            return Optional.empty();
        }
        try {
            var time = OffsetDateTime.parse(ascii(line, 0, timeEnd)).toInstant();
            byte[] content = Arrays.copyOfRange(line, contentStart, line.length + (tag.equals("F") ? 1 : 0));
            if (tag.equals("F")) {
                content[content.length - 1] = '\n';
            }
            return Optional.of(new LogEntry(stream.get(), time, content));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
    }
}
