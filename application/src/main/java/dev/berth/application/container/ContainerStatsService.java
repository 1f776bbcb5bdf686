package dev.berth.application.container;

import dev.berth.domain.container.Container;
import dev.berth.domain.runtime.ContainerMetrics;
import dev.berth.domain.runtime.ResourceUsage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Samples come from the runtime's metrics while the container runs; the feed paces them (dockerd's collector
 * samples once a second) and keeps the previous one, so each sample carries its precpu reference.
 */
public final class ContainerStatsService implements ContainerStats {

    private final ContainerInspection containers;
    private final ContainerMetrics metrics;
    private final Clock clock;
    private final Duration interval;

    public ContainerStatsService(ContainerInspection containers, ContainerMetrics metrics, Clock clock,
                                 Duration interval) {
        this.containers = containers;
        this.metrics = metrics;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public Feed open(String ref) {
        Container found = containers.find(ref);
        return new Feed() {
            private Optional<ResourceUsage> previous = Optional.empty();
            private Instant last;

            @Override
            public Sample next() {
                pace();
                Container container = containers.find(found.id().value());
                Optional<ResourceUsage> usage = container.state().isRunning()
                        ? Optional.of(metrics.sample(container.id(), container.state().pid())) : Optional.empty();
                Sample sample = new Sample(container.id(), "/" + container.name().value(), usage, previous);
                previous = usage;
                last = clock.instant();
                return sample;
            }

            private void pace() {
                if (last == null) {
                    return;
                }
                Duration left = Duration.between(clock.instant(), last.plus(interval));
                if (left.isPositive()) {
                    try {
                        Thread.sleep(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // the client went away: sample now, the caller stops
                    }
                }
            }
        };
    }
}
