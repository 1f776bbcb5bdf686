package dev.berth.application.volume;

import dev.berth.domain.volume.VolumeMount;

import java.util.Map;
import java.util.Optional;

/** {@code POST /volumes/create}: no name means a generated one; no driver means {@code local}. */
public record VolumeCreateRequest(Optional<String> name, String driver, Map<String, String> options,
                                  Map<String, String> labels) {

    public VolumeCreateRequest {
        driver = driver == null || driver.isEmpty() ? VolumeMount.DEFAULT_DRIVER : driver;
        options = options == null ? Map.of() : Map.copyOf(options);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
