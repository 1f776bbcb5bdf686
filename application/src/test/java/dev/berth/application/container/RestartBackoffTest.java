package dev.berth.application.container;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RestartBackoffTest {

    @Test
    void theDelayStartsAt100msAndDoublesUpToAMinute() {
        List<Long> delays = new ArrayList<>();
        RestartBackoff backoff = RestartBackoff.NONE;
        for (int i = 0; i < 12; i++) {
            backoff = backoff.after(Duration.ofSeconds(1));
            delays.add(backoff.delay().toMillis());
        }
        assertEquals(List.of(100L, 200L, 400L, 800L, 1600L, 3200L, 6400L, 12800L, 25600L, 51200L, 60000L, 60000L),
                delays);
    }

    @Test
    void aRunOfTenSecondsStartsTheBackoffOver() {
        RestartBackoff long1 = new RestartBackoff(Duration.ofSeconds(60)).after(Duration.ofSeconds(10));
        assertEquals(Duration.ofMillis(100), long1.delay());
        assertEquals(Duration.ofMillis(200), long1.after(Duration.ofMillis(9999)).delay());
    }
}
