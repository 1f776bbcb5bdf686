package dev.berth.adapters.rest.common;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FilterTimeTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void goDurationsCountBackFromNow() {
        assertEquals(NOW.minus(Duration.ofHours(24)), FilterTime.parse("24h", NOW));
        assertEquals(NOW.minus(Duration.ofMinutes(90)), FilterTime.parse("1h30m", NOW));
        assertEquals(NOW.minusMillis(1500), FilterTime.parse("1.5s", NOW));
    }

    @Test
    void unixSecondsAndRfc3339() {
        assertEquals(Instant.ofEpochSecond(1700000000, 500_000_000), FilterTime.parse("1700000000.5", NOW));
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), FilterTime.parse("2024-01-01T01:00:00+01:00", NOW));
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), FilterTime.parse("2024-01-01", NOW));
    }

    @Test
    void anythingElseIsInvalid() {
        assertThrows(InvalidParameter.class, () -> FilterTime.parse("yesterday", NOW));
    }
}
