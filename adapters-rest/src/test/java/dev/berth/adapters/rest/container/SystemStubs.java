package dev.berth.adapters.rest.container;

import dev.berth.application.container.ContainerInspection;
import dev.berth.application.system.DaemonSettings;
import dev.berth.application.system.SystemService;
import dev.berth.application.event.EventBus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.time.Clock;

/** The daemon-wide beans the resources need, for API tests. */
@ApplicationScoped
public class SystemStubs {

    @Produces
    @Singleton
    SystemService system(ContainerInspection containers) {
        var settings = new DaemonSettings("0.0.0-test", "test", "host", Path.of("/data"), Path.of("/exec"), "vfs",
                "runc", false);
        return new SystemService(settings, containers, () -> 0);
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
