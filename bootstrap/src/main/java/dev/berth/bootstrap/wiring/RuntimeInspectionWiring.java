package dev.berth.bootstrap.wiring;

import dev.berth.adapters.runc.PsProcessTable;
import dev.berth.adapters.runc.RuncRuntime;
import dev.berth.application.container.ContainerService;
import dev.berth.application.container.ContainerTopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** What a running container's processes do: {@code docker top} through the host's ps. */
@ApplicationScoped
public class RuntimeInspectionWiring {

    @Produces
    @Singleton
    ContainerTopService containerTop(ContainerService containers, RuncRuntime runtime) {
        return new ContainerTopService(containers, runtime, new PsProcessTable("ps"));
    }
}
