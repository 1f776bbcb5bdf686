package dev.berth.adapters.plugins;

import dev.berth.application.logging.LogDriverLookup;
import dev.berth.domain.logging.LogDriver;
import dev.berth.plugins.sdk.logging.LogWire;

import java.nio.file.Path;
import java.util.Optional;

/** The log driver plugins as the container service sees them: found by name, activated on first use. */
public final class PluginLogDrivers implements LogDriverLookup {

    private final PluginRegistry registry;
    private final Path fifoDir;

    /** {@code fifoDir} holds the FIFOs each run's output goes through (dockerd's {@code /run/docker/logging}). */
    public PluginLogDrivers(PluginRegistry registry, Path fifoDir) {
        this.registry = registry;
        this.fifoDir = fifoDir;
    }

    @Override
    public Optional<LogDriver> find(String name) {
        return registry.get(name, LogWire.PROTOCOL).map(plugin -> new PluginLogDriver(plugin, fifoDir));
    }
}
