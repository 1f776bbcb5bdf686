package dev.berth.adapters.rest.container;

import dev.berth.application.container.ContainerInspection;
import dev.berth.application.plugin.PluginCatalog;
import dev.berth.application.plugin.PluginInfo;
import dev.berth.application.system.DaemonSettings;
import dev.berth.application.system.DiskUsage;
import dev.berth.application.system.DiskUsageQuery;
import dev.berth.application.system.HostFacts;
import dev.berth.application.volume.VolumeUsage;
import dev.berth.application.system.SystemService;
import dev.berth.application.event.EventBus;
import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The daemon-wide beans the resources need, for API tests. */
@ApplicationScoped
public class SystemStubs {

    @Produces
    @Singleton
    SystemService system(ContainerInspection containers) {
        var settings = new DaemonSettings("0.0.0-test", "test", "host", Path.of("/data"), Path.of("/exec"), "vfs",
                "runc", false, new HostFacts("4f1c-test", "Debian GNU/Linux 12 (bookworm)", "extfs", "1.1.5",
                "/usr/bin/tini-static", "0.19.0"), List.of("10.0.0.0/8"));
        return new SystemService(settings, containers, () -> 0);
    }

    /** Reports one volume, {@code data} (100 kB, one user), when volumes are asked for. */
    @Produces
    @Singleton
    DiskUsageQuery diskUsage() {
        var data = new Volume(new VolumeName("data"), "local", Path.of("/data/volumes/data/_data"), Map.of(),
                Map.of(), "local", Instant.EPOCH);
        return kinds -> new DiskUsage(0, List.of(), List.of(), kinds.contains(DiskUsage.Kind.VOLUMES)
                ? List.of(new DiskUsage.MeasuredVolume(data, new VolumeUsage(100_000, 1))) : List.of());
    }

    /** One active volume plugin, {@code sample}. */
    @Produces
    @Singleton
    PluginCatalog plugins() {
        return () -> List.of(new PluginInfo("sample", "unix:///run/docker/plugins/sample.sock", List.of("VolumeDriver")));
    }

    @Produces
    @Singleton
    EventBus events(Clock clock) {
        return new EventBus(clock, 100, 100);
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
