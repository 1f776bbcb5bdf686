package dev.berth.domain.build;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GoDurationTest {

    @Test
    void readsGoDurations() {
        assertEquals(Duration.ofSeconds(5), GoDuration.parse("5s"));
        assertEquals(Duration.ofSeconds(90), GoDuration.parse("1m30s"));
        assertEquals(Duration.ofMillis(1500), GoDuration.parse("1.5s"));
        assertEquals(Duration.ofMillis(300), GoDuration.parse("300ms"));
        assertEquals(Duration.ZERO, GoDuration.parse("0"));
    }

    @Test
    void refusesWhatGoRefuses() {
        assertThrows(InvalidParameter.class, () -> GoDuration.parse("5"));
        assertThrows(InvalidParameter.class, () -> GoDuration.parse("5x"));
        assertThrows(InvalidParameter.class, () -> GoDuration.parse("s"));
        assertThrows(InvalidParameter.class, () -> GoDuration.parse(""));
    }
}
