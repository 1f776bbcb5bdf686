package dev.berth.application.container;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.storage.SnapshotKey;

/** A container's writable layer is the active snapshot named after it (what commit and the builder take changes from). */
public final class ContainerLayer {

    private ContainerLayer() {
    }

    public static SnapshotKey of(ContainerId id) {
        return new SnapshotKey(id.value());
    }
}
