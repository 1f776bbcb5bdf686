package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalSizeTest {

    @Test
    void sizesFitAWinsize() {
        assertEquals(65535, new TerminalSize(65535, 1).height());
        assertThrows(InvalidParameter.class, () -> new TerminalSize(65536, 80));
        assertThrows(InvalidParameter.class, () -> new TerminalSize(24, -1));
    }

    @Test
    void zeroByZeroIsUnset() {
        assertFalse(TerminalSize.UNSET.isSet());
        assertTrue(new TerminalSize(30, 100).isSet());
    }

    @Test
    void aHostConfigWithoutConsoleSizeHasTheUnsetOne() {
        assertEquals(TerminalSize.UNSET, new HostConfig(false, null, null, null, null, false, false).consoleSize());
    }
}
