package dev.berth.adapters.rest.stream;

import dev.berth.domain.runtime.LogEntry;

import java.nio.ByteBuffer;
import java.time.format.DateTimeFormatter;
import java.nio.charset.StandardCharsets;

/**
 * How output travels to a client: for a container without a TTY, each chunk is framed with an 8-byte header
 * (stream type, three zero bytes, big-endian payload length); with a TTY, the bytes go raw.
 */
public final class StreamFrames {

    public static final String MULTIPLEXED = "application/vnd.docker.multiplexed-stream";
    public static final String RAW = "application/vnd.docker.raw-stream";
    private static final int HEADER = 8;

    private StreamFrames() {
    }

    /** The bytes to send for one log entry, with its RFC 3339 timestamp first when asked. */
    public static byte[] encode(LogEntry entry, boolean multiplexed, boolean timestamps) {
        byte[] payload = timestamps ? withTimestamp(entry) : entry.content();
        if (!multiplexed) {
            return payload;
        }
        return ByteBuffer.allocate(HEADER + payload.length)
                .put((byte) entry.stream().frameType()).put((byte) 0).put((byte) 0).put((byte) 0)
                .putInt(payload.length)
                .put(payload)
                .array();
    }

    private static byte[] withTimestamp(LogEntry entry) {
        byte[] stamp = (DateTimeFormatter.ISO_INSTANT.format(entry.time()) + " ").getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(stamp.length + entry.content().length).put(stamp).put(entry.content()).array();
    }
}
