package dev.berth.adapters.rest.volume;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.volume.VolumeCreateRequest;

import java.util.Map;
import java.util.Optional;

/** The body of {@code POST /volumes/create}. */
public record VolumeCreateJson(
        @JsonProperty("Name") String name,
        @JsonProperty("Driver") String driver,
        @JsonProperty("DriverOpts") Map<String, String> driverOpts,
        @JsonProperty("Labels") Map<String, String> labels) {

    VolumeCreateRequest toRequest() {
        return new VolumeCreateRequest(Optional.ofNullable(name), driver, driverOpts, labels);
    }
}
