package dev.berth.adapters.rest.volume;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code POST /volumes/prune}. */
public record VolumePruneJson(@JsonProperty("VolumesDeleted") List<String> volumesDeleted,
                              @JsonProperty("SpaceReclaimed") long spaceReclaimed) {
}
