package dev.berth.domain.container;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContainerHealthTest {

    private static HealthProbeResult probe(int code) {
        return new HealthProbeResult(Instant.EPOCH, Instant.EPOCH, code, "out " + code);
    }

    @Test
    void retriesFailuresInARowMakeItUnhealthyAndOnePassMakesItHealthy() {
        ContainerHealth h = ContainerHealth.NONE.starting();
        h = h.after(probe(1), 3, false);
        assertEquals(HealthStatus.STARTING, h.status());
        h = h.after(probe(1), 3, false);
        assertEquals(2, h.failingStreak());
        h = h.after(probe(1), 3, false);
        assertEquals(HealthStatus.UNHEALTHY, h.status());
        h = h.after(probe(0), 3, false);
        assertEquals(HealthStatus.HEALTHY, h.status());
        assertEquals(0, h.failingStreak());
        h = h.after(probe(2), 3, false);
        assertEquals(HealthStatus.HEALTHY, h.status());
        assertEquals(1, h.failingStreak());
    }

    @Test
    void failuresInTheStartPeriodDoNotCountWhileStarting() {
        ContainerHealth h = ContainerHealth.NONE.starting().after(probe(1), 1, true).after(probe(1), 1, true);
        assertEquals(HealthStatus.STARTING, h.status());
        assertEquals(0, h.failingStreak());
        assertEquals(HealthStatus.UNHEALTHY, h.after(probe(1), 1, false).status());
    }

    @Test
    void theLogKeepsTheLastFiveProbesAndAStartKeepsItButResetsTheStreak() {
        ContainerHealth h = ContainerHealth.NONE.starting();
        for (int code : IntStream.rangeClosed(1, 7).toArray()) {
            h = h.after(probe(code), 10, false);
        }
        assertEquals(5, h.log().size());
        assertEquals(3, h.log().getFirst().exitCode());
        assertEquals(7, h.log().getLast().exitCode());
        ContainerHealth restarted = h.starting();
        assertEquals(HealthStatus.STARTING, restarted.status());
        assertEquals(0, restarted.failingStreak());
        assertEquals(h.log(), restarted.log());
    }
}
