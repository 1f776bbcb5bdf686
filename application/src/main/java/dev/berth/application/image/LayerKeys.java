package dev.berth.application.image;

import dev.berth.domain.image.ChainId;
import dev.berth.domain.storage.SnapshotKey;

/** Committed layer snapshots are named by the hex of their ChainID, so images share them. */
final class LayerKeys {

    private LayerKeys() {
    }

    static SnapshotKey of(ChainId chainId) {
        return new SnapshotKey(chainId.digest().hex());
    }
}
