package dev.berth.application.image;

import dev.berth.domain.error.NotImplemented;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.HistoryEntry;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageConfigCodec;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageRecord;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.storage.BlobWriter;
import dev.berth.domain.storage.ContentStore;
import dev.berth.domain.storage.SnapshotDiffer;
import dev.berth.domain.storage.Snapshotter;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

/**
 * Stores a new image as dockerd's commit does (an import's too): a layer taken from a snapshot's changes (or
 * given), the parent's config with the new container defaults, one more history step; the blobs are written outside
 * the image lock, the record under it, and a failed commit leaves none of its blobs behind.
 */
final class ImageCommitter {

    private static final String ARCHITECTURE = "amd64";
    private static final String OS = "linux";

    private final ImageCatalog catalog;
    private final ContentStore content;
    private final ImageConfigCodec codec;
    private final LayerUnpacker unpacker;
    private final Snapshotter snapshotter;
    private final Lock lock;
    private final BlobPins pins;
    private final Clock clock;

    ImageCommitter(ImageCatalog catalog, ContentStore content, ImageConfigCodec codec, LayerUnpacker unpacker,
                   Snapshotter snapshotter, Lock lock, BlobPins pins, Clock clock) {
        this.catalog = catalog;
        this.content = content;
        this.codec = codec;
        this.unpacker = unpacker;
        this.snapshotter = snapshotter;
        this.lock = lock;
        this.pins = pins;
        this.clock = clock;
    }

    ImageId commit(CommitRequest request) {
        return commit(request, Optional.empty());
    }

    /** With {@code tag} pointed at the new image under the same lock: no prune can take it in between. */
    ImageId commit(CommitRequest request, Optional<ImageReference> tag) {
        Optional<ImageConfig> parent = request.parent().map(this::config);
        var recording = new RecordingContentStore(content, pins);
        try {
            List<Digest> diffIds = new ArrayList<>(parent.map(ImageConfig::diffIds).orElse(List.of()));
            request.layer().map(layer -> layerDigest(layer, recording)).ifPresent(diffIds::add);
            var now = clock.instant();
            List<HistoryEntry> history = new ArrayList<>(parent.map(ImageConfig::history).orElse(List.of()));
            history.add(new HistoryEntry(now, request.createdBy(), request.author(), request.comment(),
                    request.layer().isEmpty()));
            var config = new ImageConfig(parent.map(ImageConfig::architecture).orElse(ARCHITECTURE),
                    parent.map(ImageConfig::os).orElse(OS), parent.map(ImageConfig::variant).orElse(null), now,
                    request.author(), request.comment(), null, request.config(), diffIds, history);
            ImageId id = new ImageId(write(recording, codec.encode(config)));
            lock.lock();
            try {
                catalog.store().put(new ImageRecord(id, unpacker.unpack(diffIds)));
                tag.ifPresent(reference -> catalog.store().tag(reference, id));
                return id;
            } finally {
                lock.unlock();
            }
        } finally {
            recording.releaseUnused(catalog, lock);
        }
    }

    private ImageConfig config(ImageId parent) {
        lock.lock();
        try {
            return catalog.image(parent).config();
        } finally {
            lock.unlock();
        }
    }

    private Digest layerDigest(CommitRequest.Layer layer, ContentStore blobs) {
        return switch (layer) {
            case CommitRequest.StoredLayer stored -> stored.diffId();
            case CommitRequest.SnapshotChanges changes -> {
                if (!(snapshotter instanceof SnapshotDiffer differ)) {
                    throw new NotImplemented("the " + snapshotter.name() + " storage driver cannot diff a snapshot");
                }
                try (BlobWriter writer = blobs.writer()) {
                    differ.diff(changes.snapshot(), writer.stream());
                    yield writer.commit(null);
                }
            }
        };
    }

    private static Digest write(ContentStore blobs, byte[] bytes) {
        try (BlobWriter writer = blobs.writer()) {
            writer.stream().write(bytes);
            return writer.commit(null);
        } catch (IOException e) {
            throw new SystemFault("cannot store an image config: " + e.getMessage(), e);
        }
    }
}
