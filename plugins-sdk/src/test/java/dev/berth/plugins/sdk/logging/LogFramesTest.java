package dev.berth.plugins.sdk.logging;

import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.runtime.LogStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogFramesTest {

    private static final Instant TIME = Instant.ofEpochSecond(1, 5);

    @Test
    void aLineIsTheProtocolBufferDockerdWritesWithoutItsNewline() {
        byte[] expected = {0, 0, 0, 18,
                0x0a, 6, 's', 't', 'd', 'o', 'u', 't',                   // source = 1
                0x10, (byte) 0x85, (byte) 0x94, (byte) 0xeb, (byte) 0xdc, 0x03, // time_nano = 2: 1000000005
                0x1a, 2, 'h', 'i'};                                      // line = 3
        assertArrayEquals(expected, bytes(LogFrames.encode(entry(LogStream.STDOUT, "hi\n"))));
    }

    @Test
    void entriesComeBackAsTheyWentInPartialOnesWithoutANewline() throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(bytes(LogFrames.encode(entry(LogStream.STDERR, "oops\n"))));
        stream.writeBytes(bytes(LogFrames.encode(entry(LogStream.STDOUT, "no newline"))));
        stream.writeBytes(bytes(LogFrames.encode(entry(LogStream.STDOUT, "\n"))));
        var in = new ByteArrayInputStream(stream.toByteArray());

        LogEntry first = LogFrames.read(in).orElseThrow();
        assertEquals(LogStream.STDERR, first.stream());
        assertEquals(TIME, first.time());
        assertEquals("oops\n", text(first));
        assertEquals("no newline", text(LogFrames.read(in).orElseThrow()));
        assertEquals("\n", text(LogFrames.read(in).orElseThrow()), "an empty line stays a line");
        assertEquals(Optional.empty(), LogFrames.read(in), "the end of the stream");
    }

    @Test
    void cutOrOversizedFramesAreErrorsNotGarbageEntries() {
        byte[] frame = bytes(LogFrames.encode(entry(LogStream.STDOUT, "hello\n")));
        byte[] cut = Arrays.copyOf(frame, frame.length - 2);
        assertThrows(IOException.class, () -> LogFrames.read(new ByteArrayInputStream(cut)));
        byte[] huge = {0x7f, 0, 0, 0};
        IOException tooBig = assertThrows(IOException.class, () -> LogFrames.read(new ByteArrayInputStream(huge)));
        assertTrue(tooBig.getMessage().contains("exceeds"), tooBig.getMessage());
        byte[] lying = {0, 0, 0, 2, 0x1a, 9}; // a line of 9 bytes in a message of 2
        assertThrows(IOException.class, () -> LogFrames.read(new ByteArrayInputStream(lying)));
    }

    private static LogEntry entry(LogStream stream, String content) {
        return new LogEntry(stream, TIME, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(LogEntry entry) {
        return new String(entry.content(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }
}
