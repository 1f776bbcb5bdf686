package dev.berth.application.container;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.runtime.ResourceUsage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContainerStatsServiceTest {

    private final ContainerFixture fixture = new ContainerFixture();
    private final List<Integer> sampledPids = new ArrayList<>();
    private ContainerService containers;
    private ContainerStatsService stats;
    private long cpu;

    @BeforeEach
    void setUp() {
        containers = fixture.newService();
        stats = new ContainerStatsService(containers, (id, pid) -> {
            sampledPids.add(pid);
            cpu += 100;
            return usage(cpu);
        }, Clock.systemUTC(), Duration.ZERO);
    }

    private static ResourceUsage usage(long cpu) {
        return new ResourceUsage(Instant.EPOCH.plusSeconds(cpu),
                new ResourceUsage.Cpu(cpu, List.of(), 0, 0, cpu * 10, 2, new ResourceUsage.Throttling(0, 0, 0)),
                new ResourceUsage.Memory(1, 0, 2, Map.of()), new ResourceUsage.Pids(1, 0),
                new ResourceUsage.BlockIo(List.of(), List.of()), Map.of());
    }

    @Test
    void eachSampleCarriesThePreviousOneAsItsCpuReference() {
        ContainerId id = containers.create(ContainerFixture.request("web", false, "sleep", "9"));
        containers.start("web");
        ContainerStats.Feed feed = stats.open("web");

        ContainerStats.Sample first = feed.next();
        ContainerStats.Sample second = feed.next();

        assertEquals(Optional.empty(), first.previous());
        assertEquals(100, first.usage().orElseThrow().cpu().total());
        assertEquals(first.usage(), second.previous());
        assertEquals(200, second.usage().orElseThrow().cpu().total());
        assertEquals("/web", second.name());
        assertEquals(id, second.id());
        assertEquals(List.of(4242, 4242), sampledPids);
    }

    @Test
    void aContainerThatIsNotRunningHasEmptyUsageAndAnUnknownOneIsNotFound() {
        containers.create(ContainerFixture.request("idle", false));

        ContainerStats.Sample sample = stats.open("idle").next();

        assertEquals(Optional.empty(), sample.usage());
        assertEquals(List.of(), sampledPids);
        assertThrows(NotFound.class, () -> stats.open("nope"));
    }
}
