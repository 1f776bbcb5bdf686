package dev.berth.domain.image;

import java.time.Instant;
import java.util.List;

/** The decoded image config blob (the object whose digest is the image ID). */
public record ImageConfig(
        String architecture,
        String os,
        String variant,
        Instant created,
        String author,
        String comment,
        String dockerVersion,
        ContainerDefaults config,
        List<Digest> diffIds,
        List<HistoryEntry> history) {

    public ImageConfig {
        config = config == null ? ContainerDefaults.EMPTY : config;
        diffIds = List.copyOf(diffIds);
        history = history == null ? List.of() : List.copyOf(history);
    }
}
