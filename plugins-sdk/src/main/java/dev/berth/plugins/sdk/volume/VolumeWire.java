package dev.berth.plugins.sdk.volume;

import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeName;
import dev.berth.plugins.sdk.protocol.Json;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VolumeDriver protocol's JSON (moby {@code docs/extend/plugins_volume.md}), both ways: the SDK's server
 * writes it and Berth's bridge reads it.
 */
public final class VolumeWire {

    public static final String PROTOCOL = "VolumeDriver";

    private VolumeWire() {
    }

    /** {@code {"Name": ..., "Mountpoint": ..., "CreatedAt": ..., "Status": {}}}, as Get and List answer. */
    public static Map<String, Object> volume(Volume volume) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("Name", volume.name().value());
        wire.put("Mountpoint", volume.mountpoint().toString());
        if (volume.createdAt() != null) {
            wire.put("CreatedAt", volume.createdAt().toString());
        }
        wire.put("Status", Map.of());
        return wire;
    }

    /** A plugin's volume; a plugin need not tell where it is before it is mounted nor when it was made. */
    public static Volume volume(Map<?, ?> wire, String driver, String scope) {
        Path mountpoint = Path.of(Json.text(wire.get("Mountpoint")));
        return new Volume(new VolumeName(Json.text(wire.get("Name"))), driver, mountpoint, Map.of(), Map.of(), scope,
                Json.instant(wire.get("CreatedAt")));
    }

    public static List<Volume> volumes(Object wire, String driver, String scope) {
        if (!(wire instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(v -> volume((Map<?, ?>) v, driver, scope)).toList();
    }

    /** {@code Opts} as strings; dockerd only ever sends strings there. */
    public static Map<String, String> options(Object wire) {
        Map<String, String> options = new LinkedHashMap<>();
        if (wire instanceof Map<?, ?> map) {
            map.forEach((k, v) -> options.put(String.valueOf(k), Json.text(v)));
        }
        return options;
    }
}
