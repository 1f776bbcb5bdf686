package dev.berth.adapters.runc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlFifoTest {

    @TempDir
    Path temp;

    @Test
    void theResizeMessageIsConmonsWindowEventWithRowsThenColumns() {
        assertEquals("1 30 100\n", ControlFifo.resizeMessage(30, 100));
    }

    @Test
    void aReaderGetsTheWholeMessage() throws Exception {
        Path fifo = mkfifo("ctl");
        // Opened read-write, as conmon holds it: the open does not wait for a writer.
        try (RandomAccessFile reader = new RandomAccessFile(fifo.toFile(), "rw")) {
            assertTrue(ControlFifo.write(fifo, "1 30 100\n"));

            byte[] message = new byte[9];
            reader.readFully(message);
            assertEquals("1 30 100\n", new String(message, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void withoutAReaderTheWriteFailsAtOnceInsteadOfHanging() throws Exception {
        assertFalse(ControlFifo.write(mkfifo("orphan"), "1 30 100\n"));
        assertThrows(IOException.class, () -> ControlFifo.write(temp.resolve("missing"), "1 30 100\n"));
    }

    private Path mkfifo(String name) throws IOException, InterruptedException {
        Path fifo = temp.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        return fifo;
    }
}
