package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.storage.Change;

/** One entry of {@code GET /containers/{id}/changes}: Kind 0 modified, 1 added, 2 deleted. */
public record ChangeJson(@JsonProperty("Path") String path, @JsonProperty("Kind") int kind) {

    static ChangeJson from(Change change) {
        return new ChangeJson(change.path(), change.kind().code());
    }
}
