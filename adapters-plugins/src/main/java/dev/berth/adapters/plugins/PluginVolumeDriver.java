package dev.berth.adapters.plugins;

import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.ErrorKind;
import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeDriver;
import dev.berth.domain.volume.VolumeName;
import dev.berth.plugins.sdk.protocol.Json;
import dev.berth.plugins.sdk.volume.VolumeWire;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A volume plugin behind the same port as the {@code local} driver; the plugin counts its mounts by ID. */
public final class PluginVolumeDriver implements VolumeDriver {

    private static final Logger LOG = Logger.getLogger(PluginVolumeDriver.class.getName());

    private final ActivePlugin plugin;
    private final String scope;

    private PluginVolumeDriver(ActivePlugin plugin, String scope) {
        this.plugin = plugin;
        this.scope = scope;
    }

    /** Asks the plugin's scope once; a plugin without {@code Capabilities} is {@code local}, as in dockerd. */
    public static PluginVolumeDriver of(ActivePlugin plugin) {
        String scope = "local";
        try {
            if (plugin.client().call("VolumeDriver.Capabilities", Map.of()).get("Capabilities") instanceof Map<?, ?> c
                    && !Json.text(c.get("Scope")).isEmpty()) {
                scope = Json.text(c.get("Scope"));
            }
        } catch (BerthException e) {
            LOG.log(Level.FINE, "plugin " + plugin.name() + " has no capabilities", e);
        }
        return new PluginVolumeDriver(plugin, scope);
    }

    @Override
    public String name() {
        return plugin.name();
    }

    @Override
    public String scope() {
        return scope;
    }

    @Override
    public Volume create(VolumeName name, Map<String, String> options) {
        call("Create", Map.of("Name", name.value(), "Opts", options));
        return get(name).orElseGet(() -> new Volume(name, name(), Path.of(""), Map.of(), Map.of(), scope,
                Instant.now()));
    }

    /** A plugin answers an unknown volume with an {@code Err}; only an unreachable plugin is an error here. */
    @Override
    public Optional<Volume> get(VolumeName name) {
        try {
            Object volume = call("Get", Map.of("Name", name.value())).get("Volume");
            return volume instanceof Map<?, ?> wire ? Optional.of(VolumeWire.volume(wire, name(), scope))
                    : Optional.empty();
        } catch (BerthException e) {
            if (e.kind() == ErrorKind.UNAVAILABLE) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** A plugin that fails to list is logged and shows no volumes, so that it cannot break {@code volume ls}. */
    @Override
    public List<Volume> list() {
        try {
            return VolumeWire.volumes(call("List", Map.of()).get("Volumes"), name(), scope);
        } catch (BerthException e) {
            LOG.log(Level.WARNING, "volume plugin " + name() + " could not list its volumes: " + e.getMessage());
            return List.of();
        }
    }

    @Override
    public void remove(VolumeName name) {
        call("Remove", Map.of("Name", name.value()));
    }

    @Override
    public Path mount(VolumeName name, String mountId) {
        return Path.of(Json.text(call("Mount", Map.of("Name", name.value(), "ID", mountId)).get("Mountpoint")));
    }

    @Override
    public void unmount(VolumeName name, String mountId) {
        call("Unmount", Map.of("Name", name.value(), "ID", mountId));
    }

    private Map<String, Object> call(String method, Map<String, Object> request) {
        return plugin.client().call(VolumeWire.PROTOCOL + "." + method, request);
    }
}
