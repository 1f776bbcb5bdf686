package dev.berth.adapters.rest.volume;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code GET /volumes}. */
public record VolumeListJson(@JsonProperty("Volumes") List<VolumeJson> volumes,
                             @JsonProperty("Warnings") List<String> warnings) {
}
