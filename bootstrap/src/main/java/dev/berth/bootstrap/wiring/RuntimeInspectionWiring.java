package dev.berth.bootstrap.wiring;

import dev.berth.adapters.runc.CgroupMetrics;
import dev.berth.adapters.runc.PsProcessTable;
import dev.berth.adapters.runc.RuncRuntime;
import dev.berth.application.container.ContainerCommitService;
import dev.berth.application.container.ContainerEvents;
import dev.berth.application.container.ContainerService;
import dev.berth.application.container.ContainerStatsService;
import dev.berth.application.container.ContainerTopService;
import dev.berth.application.event.EventBus;
import dev.berth.application.image.ImageService;
import dev.berth.bootstrap.config.BerthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** What a running container's processes do: {@code docker top} through the host's ps, {@code docker stats} from its cgroup. */
@ApplicationScoped
public class RuntimeInspectionWiring {

    @Produces
    @Singleton
    ContainerTopService containerTop(ContainerService containers, RuncRuntime runtime) {
        return new ContainerTopService(containers, runtime, new PsProcessTable("ps"));
    }

    @Produces
    @Singleton
    ContainerCommitService containerCommit(ContainerService containers, ImageService images, EventBus events) {
        return new ContainerCommitService(containers, containers, images, images, new ContainerEvents(events));
    }

    /** dockerd's stats collector samples once a second. */
    @Produces
    @Singleton
    ContainerStatsService containerStats(ContainerService containers, BerthConfig config, Clock clock) {
        return new ContainerStatsService(containers, CgroupMetrics.forHost(config.runtime().cgroupParent(), clock),
                clock, Duration.ofSeconds(1));
    }
}
