package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SignalTest {

    @Test
    void parsesNamesWithOrWithoutSigAndNumbers() {
        assertEquals(9, Signal.parse("KILL").number());
        assertEquals(9, Signal.parse("sigkill").number());
        assertEquals(10, Signal.parse("USR1").number());
        assertEquals(12, Signal.parse("SIGUSR2").number());
        assertEquals(15, Signal.parse("15").number());
    }

    @Test
    void refusesUnknownSignals() {
        assertEquals("Invalid signal: SIGFOO", assertThrows(InvalidParameter.class, () -> Signal.parse("SIGFOO"))
                .getMessage());
        assertThrows(InvalidParameter.class, () -> Signal.parse("0"));
        assertThrows(InvalidParameter.class, () -> Signal.parse("65"));
    }
}
