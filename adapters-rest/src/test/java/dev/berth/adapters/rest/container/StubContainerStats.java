package dev.berth.adapters.rest.container;

import dev.berth.application.container.ContainerStats;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.runtime.ResourceUsage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stats use case for API tests: {@code box} runs, its CPU time growing by one second a sample; {@code stopped} is
 * not running.
 */
@ApplicationScoped
public class StubContainerStats implements ContainerStats {

    static final ContainerId ID = new ContainerId("b".repeat(64));

    @Override
    public Feed open(String ref) {
        if (!ref.equals(StubContainerArchive.CONTAINER) && !ref.equals("stopped")) {
            throw new NotFound("No such container: " + ref);
        }
        boolean running = ref.equals(StubContainerArchive.CONTAINER);
        return new Feed() {
            private long seconds;
            private Optional<ResourceUsage> previous = Optional.empty();

            @Override
            public Sample next() {
                seconds++;
                Optional<ResourceUsage> usage = running ? Optional.of(usage(seconds)) : Optional.empty();
                Sample sample = new Sample(ID, "/" + ref, usage, previous);
                previous = usage;
                return sample;
            }
        };
    }

    private static ResourceUsage usage(long seconds) {
        return new ResourceUsage(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(seconds),
                new ResourceUsage.Cpu(seconds * 1_000_000_000L, List.of(1L, 2L), 3, 4, seconds * 4_000_000_000L, 2,
                        new ResourceUsage.Throttling(5, 6, 7)),
                new ResourceUsage.Memory(8192, 9000, 1 << 20, Map.of("inactive_file", 1024L)),
                new ResourceUsage.Pids(2, 0),
                new ResourceUsage.BlockIo(List.of(new ResourceUsage.BlockIo.Entry(8, 0, "Read", 4096)), List.of()),
                Map.of("eth0", new ResourceUsage.Network(10, 1, 0, 0, 20, 2, 0, 0)));
    }
}
