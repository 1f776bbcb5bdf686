package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DetachKeysTest {

    @Test
    void theDefaultIsCtrlPCtrlQ() {
        assertArrayEquals(new byte[] {16, 17}, DetachKeys.DEFAULT.sequence());
        assertEquals(DetachKeys.DEFAULT, DetachKeys.parse(null));
        assertEquals(DetachKeys.DEFAULT, DetachKeys.parse(""));
        assertEquals(DetachKeys.DEFAULT, DetachKeys.parse("ctrl-p,ctrl-q"));
    }

    @Test
    void controlKeysCharactersAndDelAsMobyReadsThem() {
        assertArrayEquals(new byte[] {0, 1, 26, 27, 28, 29, 30, 31},
                DetachKeys.parse("ctrl-@,ctrl-a,ctrl-z,ctrl-[,ctrl-\\,ctrl-],ctrl-^,ctrl-_").sequence());
        assertArrayEquals(new byte[] {'x', 127, 'Y'}, DetachKeys.parse("x,DEL,Y").sequence());
    }

    @Test
    void anUnknownKeyIsRefusedWithDockerdsMessage() {
        for (String spec : new String[] {"bogus", "ctrl-P", "ctrl-", "a,,b", "ctrl-p,", "é"}) {
            InvalidParameter error = assertThrows(InvalidParameter.class, () -> DetachKeys.parse(spec), spec);
            assertEquals("Invalid detach keys (" + spec + ") provided", error.getMessage());
        }
    }
}
