package dev.berth.adapters.rest.stream;

import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.runtime.LogStream;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StreamFramesTest {

    private static final LogEntry ERR = new LogEntry(LogStream.STDERR, Instant.parse("2026-01-02T03:04:05.5Z"),
            "oops\n".getBytes(StandardCharsets.UTF_8));

    @Test
    void multiplexedFramesCarryTheStreamAndABigEndianLength() {
        byte[] frame = StreamFrames.encode(ERR, true, false);
        assertArrayEquals(new byte[] {2, 0, 0, 0, 0, 0, 0, 5}, Arrays.copyOf(frame, 8));
        assertEquals("oops\n", new String(frame, 8, frame.length - 8, StandardCharsets.UTF_8));
    }

    @Test
    void largePayloadsUseAllFourLengthBytes() {
        byte[] big = new byte[70_000];
        byte[] frame = StreamFrames.encode(new LogEntry(LogStream.STDOUT, Instant.EPOCH, big), true, false);
        assertArrayEquals(new byte[] {1, 0, 0, 0, 0, 1, 0x11, 0x70}, Arrays.copyOf(frame, 8));
        assertEquals(70_008, frame.length);
    }

    @Test
    void rawStreamsAndTimestamps() {
        assertEquals("oops\n", new String(StreamFrames.encode(ERR, false, false), StandardCharsets.UTF_8));
        assertEquals("2026-01-02T03:04:05.500Z oops\n",
                new String(StreamFrames.encode(ERR, false, true), StandardCharsets.UTF_8));
    }
}
