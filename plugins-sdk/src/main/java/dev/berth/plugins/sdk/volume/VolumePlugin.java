package dev.berth.plugins.sdk.volume;

import dev.berth.domain.error.NotFound;
import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeDriver;
import dev.berth.domain.volume.VolumeName;
import dev.berth.plugins.sdk.protocol.PluginServer;
import dev.berth.plugins.sdk.protocol.PluginServer.Endpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.berth.plugins.sdk.protocol.Json.text;

/**
 * Serves a {@link VolumeDriver}, the port Berth's own {@code local} driver implements, as a Docker volume plugin:
 * {@code VolumePlugin.serve(Path.of("/run/docker/plugins/sample.sock"), driver)} and dockerd or berthd can use it
 * with {@code docker volume create -d sample}.
 */
public final class VolumePlugin {

    private VolumePlugin() {
    }

    public static PluginServer serve(Path socket, VolumeDriver driver) throws IOException {
        return PluginServer.start(socket, List.of(VolumeWire.PROTOCOL), endpoints(driver));
    }

    static Map<String, Endpoint> endpoints(VolumeDriver driver) {
        return Map.of(
                "/VolumeDriver.Create", r -> {
                    driver.create(name(r), VolumeWire.options(r.get("Opts")));
                    return Map.of();
                },
                "/VolumeDriver.Remove", r -> {
                    driver.remove(name(r));
                    return Map.of();
                },
                "/VolumeDriver.Mount", r -> Map.of("Mountpoint",
                        driver.mount(name(r), text(r.get("ID"))).toString()),
                "/VolumeDriver.Unmount", r -> {
                    driver.unmount(name(r), text(r.get("ID")));
                    return Map.of();
                },
                "/VolumeDriver.Path", r -> Map.of("Mountpoint", existing(driver, r).mountpoint().toString()),
                "/VolumeDriver.Get", r -> Map.of("Volume", VolumeWire.volume(existing(driver, r))),
                "/VolumeDriver.List", r -> Map.of("Volumes", driver.list().stream().map(VolumeWire::volume).toList()),
                "/VolumeDriver.Capabilities", r -> Map.of("Capabilities", Map.of("Scope", driver.scope())));
    }

    private static VolumeName name(Map<String, Object> request) {
        return new VolumeName(text(request.get("Name")));
    }

    private static Volume existing(VolumeDriver driver, Map<String, Object> request) {
        VolumeName name = name(request);
        return driver.get(name).orElseThrow(() -> new NotFound("no such volume: " + name));
    }
}
