package dev.berth.application.container;

import dev.berth.domain.container.DetachKeys;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetachableInputTest {

    @Test
    void theDefaultSequenceEndsTheInputAndIsNotPassedOn() throws IOException {
        DetachableInput input = new DetachableInput(chunks("ls\n\u0010", "\u0011echo lost\n"), DetachKeys.DEFAULT);

        assertEquals("ls\n", read(input));
        assertTrue(input.detached());
    }

    @Test
    void aSequenceInOnePacketDetachesToo() throws IOException {
        DetachableInput input = new DetachableInput(chunks("a\u0010\u0011b"), DetachKeys.DEFAULT);

        assertEquals("a", read(input));
        assertTrue(input.detached());
    }

    @Test
    void aBrokenOffSequenceIsPlainInput() throws IOException {
        DetachableInput input = new DetachableInput(chunks("x\u0010", "y\u0010\u0010", "\u0011z"),
                DetachKeys.DEFAULT);

        assertEquals("x\u0010y\u0010", read(input));
        assertTrue(input.detached());
    }

    @Test
    void theEndOfInputPassesAHeldPrefixOn() throws IOException {
        DetachableInput input = new DetachableInput(chunks("data\u0010"), DetachKeys.DEFAULT);

        assertEquals("data\u0010", read(input));
        assertFalse(input.detached());
    }

    @Test
    void customKeysReplaceTheDefault() throws IOException {
        DetachableInput input = new DetachableInput(chunks("\u0010\u0011q", "x"), DetachKeys.parse("q"));

        assertEquals("\u0010\u0011", read(input));
        assertTrue(input.detached());
    }

    /** A stream handing out each chunk in a read of its own, as a socket does. */
    private static InputStream chunks(String... chunks) {
        List<InputStream> streams = java.util.Arrays.stream(chunks)
                .map(c -> (InputStream) new ByteArrayInputStream(c.getBytes(StandardCharsets.ISO_8859_1))).toList();
        return new SequenceInputStream(Collections.enumeration(streams));
    }

    private static String read(InputStream input) throws IOException {
        return new String(input.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
