package dev.berth.bootstrap.wiring;

import dev.berth.adapters.plugins.PluginLogDrivers;
import dev.berth.application.container.ContainerService;
import dev.berth.application.container.ContainerVolumes;
import dev.berth.application.event.EventBus;
import dev.berth.application.exec.ExecService;
import dev.berth.application.image.ImageService;
import dev.berth.application.network.NetworkService;
import dev.berth.application.time.ExecutorScheduler;
import dev.berth.application.time.Scheduler;
import dev.berth.application.volume.VolumeService;
import dev.berth.bootstrap.config.BerthConfig;
import dev.berth.domain.container.ContainerStore;
import dev.berth.domain.runtime.ContainerLogs;
import dev.berth.domain.runtime.ContainerRuntime;
import dev.berth.domain.runtime.ExecRuntime;
import dev.berth.domain.runtime.LogFiles;
import dev.berth.domain.storage.Snapshotter;
import dev.berth.drivers.storage.state.FileContainerStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Builds the container use cases from the configured runtime and storage. */
@ApplicationScoped
public class ContainerWiring {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Times restart backoff and health probes. */
    @Produces
    @Singleton
    Scheduler scheduler(Clock clock) {
        return new ExecutorScheduler(clock);
    }

    @Produces
    @Singleton
    ContainerStore containerStore(BerthConfig config) {
        return new FileContainerStore(config.dataRoot().resolve("containers"));
    }

    @Produces
    @Singleton
    ContainerService containerService(ContainerStore store, ImageService images, Snapshotter snapshotter,
                                      ContainerRuntime runtime, ContainerLogs logs, Clock clock,
                                      BerthConfig config, VolumeService volumes, EventBus events,
                                      NetworkService networks, Scheduler scheduler, ExecRuntime exec,
                                      PluginLogDrivers logPlugins, LogFiles logFiles) {
        return new ContainerService(store, images::resolve, snapshotter, runtime, logs, clock,
                config.runtime().init(), new ContainerVolumes(volumes), events, networks, scheduler, exec,
                logPlugins, logFiles);
    }

    @Produces
    @Singleton
    ExecService execService(ContainerService containers, ExecRuntime runtime, EventBus events, Clock clock) {
        return new ExecService(containers, runtime, events, clock);
    }

    /** Containers that ran while the daemon was down are reconciled before the first request. */
    void recover(@Observes StartupEvent start, ContainerService containers) {
        containers.recover();
    }
}
