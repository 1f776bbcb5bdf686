package dev.berth.adapters.plugins;

import dev.berth.application.volume.VolumeDriverLookup;
import dev.berth.domain.volume.VolumeDriver;
import dev.berth.plugins.sdk.volume.VolumeWire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The volume plugins as the volume service sees them: drivers found by name, activated on first use. */
public final class PluginVolumeDrivers implements VolumeDriverLookup {

    private final PluginRegistry registry;
    private final Map<String, VolumeDriver> drivers = new ConcurrentHashMap<>();

    public PluginVolumeDrivers(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<VolumeDriver> find(String name) {
        return registry.get(name, VolumeWire.PROTOCOL).map(this::driver);
    }

    @Override
    public List<VolumeDriver> active() {
        return registry.active().stream().filter(p -> p.implementsProtocol(VolumeWire.PROTOCOL))
                .map(this::driver).toList();
    }

    private VolumeDriver driver(ActivePlugin plugin) {
        return drivers.computeIfAbsent(plugin.name(), n -> PluginVolumeDriver.of(plugin));
    }
}
