package dev.berth.application.image;

import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.ChainId;
import dev.berth.domain.image.Digest;
import dev.berth.domain.storage.ContentStore;
import dev.berth.domain.storage.SnapshotKey;
import dev.berth.domain.storage.Snapshotter;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns layer blobs into committed snapshots named by ChainID, once per ChainID: a layer stack another image
 * already unpacked is shared. Callers hold the image lock.
 */
final class LayerUnpacker {

    private final ImageCatalog catalog;
    private final ContentStore content;
    private final Snapshotter snapshotter;
    private final AtomicLong extractions = new AtomicLong();

    LayerUnpacker(ImageCatalog catalog, ContentStore content, Snapshotter snapshotter) {
        this.catalog = catalog;
        this.content = content;
        this.snapshotter = snapshotter;
    }

    /** Unpacks the layers whose ChainID has no snapshot yet; returns every layer's unpacked size, bottom first. */
    List<Long> unpack(List<Digest> diffIds) {
        List<ChainId> chain = ChainId.chain(diffIds);
        var sizes = new ArrayList<Long>(chain.size());
        Optional<SnapshotKey> parent = Optional.empty();
        for (int i = 0; i < chain.size(); i++) {
            SnapshotKey key = LayerKeys.of(chain.get(i));
            if (snapshotter.exists(key)) {
                Digest diffId = diffIds.get(i);
                sizes.add(catalog.knownLayerSize(chain.get(i)).orElseGet(() -> content.size(diffId).orElse(0L)));
            } else {
                sizes.add(extract(key, parent, diffIds.get(i)));
            }
            parent = Optional.of(key);
        }
        return sizes;
    }

    private long extract(SnapshotKey key, Optional<SnapshotKey> parent, Digest diffId) {
        var active = new SnapshotKey("extract-" + extractions.incrementAndGet() + "-" + key.value());
        snapshotter.prepare(active, parent);
        try (InputStream layer = content.open(diffId)) {
            long size = snapshotter.apply(active, layer);
            snapshotter.commit(key, active);
            return size;
        } catch (IOException | RuntimeException e) {
            BerthException failure = e instanceof BerthException b ? b
                    : new SystemFault("cannot unpack layer " + diffId + ": " + e.getMessage(), e);
            try {
                snapshotter.remove(active);
            } catch (RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }
}
