package dev.berth.adapters.plugins;

import dev.berth.application.network.NetworkPlugins;
import dev.berth.domain.network.IpamDriver;
import dev.berth.domain.network.NetworkDriver;
import dev.berth.domain.network.SandboxInterfaces;
import dev.berth.plugins.sdk.ipam.IpamWire;
import dev.berth.plugins.sdk.network.NetworkWire;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Network and IPAM plugins as the network service sees them: drivers found by name, activated on first use. */
public final class PluginNetworks implements NetworkPlugins {

    private final PluginRegistry registry;
    private final SandboxInterfaces interfaces;
    private final Map<String, NetworkDriver> networkDrivers = new ConcurrentHashMap<>();
    private final Map<String, IpamDriver> ipamDrivers = new ConcurrentHashMap<>();

    public PluginNetworks(PluginRegistry registry, SandboxInterfaces interfaces) {
        this.registry = registry;
        this.interfaces = interfaces;
    }

    @Override
    public Optional<NetworkDriver> networkDriver(String name) {
        return registry.get(name, NetworkWire.PROTOCOL).map(p -> networkDrivers.computeIfAbsent(p.name(),
                n -> PluginNetworkDriver.of(p, interfaces)));
    }

    @Override
    public Optional<IpamDriver> ipamDriver(String name) {
        return registry.get(name, IpamWire.PROTOCOL).map(p -> ipamDrivers.computeIfAbsent(p.name(),
                n -> PluginIpamDriver.of(p)));
    }
}
