package dev.berth.bootstrap.wiring;

import dev.berth.adapters.plugins.Activation;
import dev.berth.adapters.plugins.PluginDiscovery;
import dev.berth.adapters.plugins.PluginRegistry;
import dev.berth.adapters.plugins.PluginVolumeDrivers;
import dev.berth.bootstrap.config.BerthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Docker's v1 plugins (the registry is also the PluginCatalog the API lists), found in dockerd's directories and {@code <exec-root>/plugins}, activated on first use. */
@ApplicationScoped
public class PluginWiring {

    @Produces
    @Singleton
    PluginRegistry pluginRegistry(BerthConfig config) {
        return new PluginRegistry(PluginDiscovery.standard(config.execRoot()), Activation.DEFAULT);
    }

    @Produces
    @Singleton
    PluginVolumeDrivers volumePlugins(PluginRegistry registry) {
        return new PluginVolumeDrivers(registry);
    }
}
