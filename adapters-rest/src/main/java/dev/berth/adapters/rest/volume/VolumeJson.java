package dev.berth.adapters.rest.volume;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.common.ApiTime;
import dev.berth.domain.volume.Volume;

import java.util.Map;
import java.util.TreeMap;

/** A volume as {@code GET /volumes/{name}} and the list answer it. */
public record VolumeJson(
        @JsonProperty("Name") String name,
        @JsonProperty("Driver") String driver,
        @JsonProperty("Mountpoint") String mountpoint,
        @JsonProperty("CreatedAt") String createdAt,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("Scope") String scope,
        @JsonProperty("Options") Map<String, String> options) {

    static VolumeJson from(Volume v) {
        return new VolumeJson(v.name().value(), v.driver(), v.mountpoint().toString(), ApiTime.format(v.createdAt()),
                new TreeMap<>(v.labels()), v.scope(), new TreeMap<>(v.options()));
    }
}
