package dev.berth.bootstrap.wiring;

import dev.berth.adapters.plugins.PluginNetworks;
import dev.berth.application.event.EventBus;
import dev.berth.application.network.DefaultBridge;
import dev.berth.application.network.HostFiles;
import dev.berth.application.network.NetworkService;
import dev.berth.bootstrap.DriverRegistry;
import dev.berth.bootstrap.config.BerthConfig;
import dev.berth.drivers.network.common.HostNameFiles;
import dev.berth.drivers.network.dns.EmbeddedDns;
import dev.berth.drivers.network.ipam.DefaultIpam;
import dev.berth.drivers.network.ipam.HostRoutes;
import dev.berth.drivers.network.proxy.UserlandProxy;
import dev.berth.drivers.network.sandbox.NetnsSandboxes;
import dev.berth.drivers.network.store.FileNetworkStore;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The network drivers found on the class path (then network plugins) and the network use cases over them. The service is initialised
 * (predefined networks, devices, rules, DNS) when produced, so before containers are recovered.
 */
@ApplicationScoped
public class NetworkWiring {

    @Produces
    @Singleton
    NetworkService networkService(BerthConfig config, Clock clock, EventBus events, PluginNetworks plugins) {
        var ports = new NetworkService.Ports(DriverRegistry.networkDrivers(config.dataRoot()),
                new DefaultIpam(HostRoutes::read), new NetnsSandboxes(), new UserlandProxy(),
                new EmbeddedDns(HostNameFiles::nameservers),
                new FileNetworkStore(config.dataRoot().resolve("network").resolve("networks.json")), plugins);
        var service = new NetworkService(ports, new DefaultBridge(config.network().bridge(), config.network().bip()),
                new HostFiles(HostNameFiles::resolvConf, HostNameFiles::hosts), clock, events);
        service.init();
        return service;
    }

    /** Only this daemon's rules go: those of its own networks' bridges. */
    void stop(@Observes ShutdownEvent stop, NetworkService networks) {
        networks.shutdown();
    }
}
