package dev.berth.adapters.rest.common;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiTimeTest {

    @Test
    void parsesUnixSecondsWithFractionsAndRfc3339() {
        assertEquals(Instant.ofEpochSecond(1700000000, 500_000_000), ApiTime.parseTimestamp("since", "1700000000.5"));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), ApiTime.parseTimestamp("until", "2026-01-01T00:00:00Z"));
        assertEquals(Instant.EPOCH, ApiTime.parseTimestamp("since", "0"));
        assertNull(ApiTime.parseTimestamp("since", ""));
        assertThrows(InvalidParameter.class, () -> ApiTime.parseTimestamp("since", "yesterday"));
    }

    @Test
    void formatsUnsetTimesAsGosZeroTime() {
        assertEquals("0001-01-01T00:00:00Z", ApiTime.format(null));
    }

    @Test
    void humanDurationsReadLikeDockerPs() {
        assertEquals("Less than a second", HumanDuration.of(Duration.ofMillis(300)));
        assertEquals("5 seconds", HumanDuration.of(Duration.ofSeconds(5)));
        assertEquals("About a minute", HumanDuration.of(Duration.ofSeconds(65)));
        assertEquals("3 minutes", HumanDuration.of(Duration.ofMinutes(3)));
        assertEquals("About an hour", HumanDuration.of(Duration.ofMinutes(61)));
        assertEquals("3 days", HumanDuration.of(Duration.ofDays(3)));
    }
}
