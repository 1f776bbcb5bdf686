package dev.berth.bootstrap.wiring;

import dev.berth.adapters.plugins.Activation;
import dev.berth.adapters.plugins.PluginAuthorizers;
import dev.berth.adapters.plugins.PluginDiscovery;
import dev.berth.adapters.plugins.PluginLogDrivers;
import dev.berth.adapters.plugins.PluginNetworks;
import dev.berth.adapters.plugins.PluginRegistry;
import dev.berth.adapters.plugins.PluginVolumeDrivers;
import dev.berth.bootstrap.config.BerthConfig;
import dev.berth.drivers.network.sandbox.NetnsInterfaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Docker's v1 plugins (the registry is also the PluginCatalog the API lists), found in dockerd's directories and {@code <exec-root>/plugins}, activated on first use. */
@ApplicationScoped
public class PluginWiring {

    @Produces
    @Singleton
    PluginRegistry pluginRegistry(BerthConfig config) {
        Activation defaults = Activation.DEFAULT;
        return new PluginRegistry(PluginDiscovery.standard(config.execRoot()), new Activation(
                config.plugins().callTimeout(), defaults.deadline(), defaults.firstDelay(), defaults.maxDelay()));
    }

    @Produces
    @Singleton
    PluginAuthorizers authorizationPlugins(PluginRegistry registry) {
        return new PluginAuthorizers(registry);
    }

    @Produces
    @Singleton
    PluginNetworks networkPlugins(PluginRegistry registry) {
        return new PluginNetworks(registry, new NetnsInterfaces());
    }

    @Produces
    @Singleton
    PluginLogDrivers logPlugins(PluginRegistry registry, BerthConfig config) {
        return new PluginLogDrivers(registry, config.execRoot().resolve("logging"));
    }

    @Produces
    @Singleton
    PluginVolumeDrivers volumePlugins(PluginRegistry registry) {
        return new PluginVolumeDrivers(registry);
    }
}
