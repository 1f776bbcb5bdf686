package dev.berth.adapters.rest.container;

import dev.berth.domain.container.ContainerHealth;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.HealthProbeResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContainerSummaryJsonTest {

    private static final Instant STARTED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = STARTED.plusSeconds(3);

    @Test
    void aRunningContainersStatusCarriesItsHealthAsDockerdWordsIt() {
        ContainerState running = ContainerState.created().running(1, STARTED);
        assertEquals("Up 3 seconds", ContainerSummaryJson.status(running, NOW));
        ContainerHealth starting = ContainerHealth.NONE.starting();
        assertEquals("Up 3 seconds (health: starting)",
                ContainerSummaryJson.status(running.withHealth(starting), NOW));
        HealthProbeResult pass = new HealthProbeResult(STARTED, STARTED, 0, "");
        assertEquals("Up 3 seconds (healthy)",
                ContainerSummaryJson.status(running.withHealth(starting.after(pass, 3, false)), NOW));
        HealthProbeResult fail = new HealthProbeResult(STARTED, STARTED, 1, "");
        assertEquals("Up 3 seconds (unhealthy)",
                ContainerSummaryJson.status(running.withHealth(starting.after(fail, 1, false)), NOW));
    }
}
