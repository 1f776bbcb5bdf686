package dev.berth.application.image;

import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.storage.SnapshotKey;

import java.util.Optional;

/**
 * A new image: the layers and history of {@code parent} (none: from scratch), plus {@code layer} when the step
 * changed files, {@code config} as its container defaults and one history step saying {@code createdBy}.
 */
public record CommitRequest(Optional<ImageId> parent, Optional<Layer> layer, ContainerDefaults config,
                            String createdBy, String author, String comment) {

    /** Where the new layer comes from. */
    public sealed interface Layer {
    }

    /** What an active snapshot (a container's writable layer) changed over its parent, taken as a layer tar. */
    public record SnapshotChanges(SnapshotKey snapshot) implements Layer {
    }

    /** A layer tar already in the content store. */
    public record StoredLayer(Digest diffId) implements Layer {
    }
}
