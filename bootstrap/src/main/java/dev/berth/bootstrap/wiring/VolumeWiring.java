package dev.berth.bootstrap.wiring;

import dev.berth.adapters.plugins.PluginVolumeDrivers;
import dev.berth.application.event.EventBus;
import dev.berth.application.volume.VolumeService;
import dev.berth.bootstrap.DriverRegistry;
import dev.berth.bootstrap.config.BerthConfig;
import dev.berth.drivers.volume.store.FileVolumeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The volume drivers found on the class path, then the volume plugins, and the volume use cases over them. */
@ApplicationScoped
public class VolumeWiring {

    /** Labels and driver names beside the local driver's volumes, where dockerd keeps its metadata.db. */
    @Produces
    @Singleton
    VolumeService volumeService(BerthConfig config, EventBus events, PluginVolumeDrivers plugins) {
        return new VolumeService(DriverRegistry.volumeDrivers(config.dataRoot()), plugins,
                new FileVolumeStore(config.dataRoot().resolve("volumes").resolve("metadata.json")), events);
    }
}
