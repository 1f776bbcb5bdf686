package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code POST /containers/prune}. */
public record ContainerPruneJson(@JsonProperty("ContainersDeleted") List<String> containersDeleted,
                                 @JsonProperty("SpaceReclaimed") long spaceReclaimed) {
}
