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
    void printsAsGoPrints() {
        assertEquals("2s", GoDuration.format(Duration.ofSeconds(2)));
        assertEquals("1.5s", GoDuration.format(Duration.ofMillis(1500)));
        assertEquals("1m30s", GoDuration.format(Duration.ofSeconds(90)));
        assertEquals("1h0m0s", GoDuration.format(Duration.ofHours(1)));
        assertEquals("500ms", GoDuration.format(Duration.ofMillis(500)));
        assertEquals("0s", GoDuration.format(Duration.ZERO));
    }

    @Test
    void refusesWhatGoRefuses() {
        assertThrows(InvalidParameter.class, () -> GoDuration.parse("5"));
        assertThrows(InvalidParameter.class, () -> GoDuration.parse("5x"));
        assertThrows(InvalidParameter.class, () -> GoDuration.parse("s"));
        assertThrows(InvalidParameter.class, () -> GoDuration.parse(""));
    }
}
