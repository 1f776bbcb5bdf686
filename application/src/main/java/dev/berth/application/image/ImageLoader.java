package dev.berth.application.image;

import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.ArchiveImage;
import dev.berth.domain.image.ChainId;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageArchive;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageRecord;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.storage.ContentStore;
import dev.berth.domain.storage.SnapshotKey;
import dev.berth.domain.storage.Snapshotter;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;

/**
 * {@code docker load}: blobs are streamed into the content store outside the image lock; then, under it, every
 * image is verified before any is registered, its layers are unpacked once per ChainID, and its tags move to it.
 */
final class ImageLoader {

    private final ImageCatalog catalog;
    private final ContentStore content;
    private final ImageArchive archive;
    private final Snapshotter snapshotter;
    private final Lock lock;
    private final BlobPins pins;
    private final AtomicLong extractions = new AtomicLong();

    ImageLoader(ImageCatalog catalog, ContentStore content, ImageArchive archive, Snapshotter snapshotter, Lock lock,
                BlobPins pins) {
        this.catalog = catalog;
        this.content = content;
        this.archive = archive;
        this.snapshotter = snapshotter;
        this.lock = lock;
        this.pins = pins;
    }

    List<String> load(InputStream in) {
        var recording = new RecordingContentStore(content, pins);
        try {
            List<ArchiveImage> images = archive.read(in, recording);
            lock.lock();
            try {
                images.forEach(this::verify);
                var messages = new ArrayList<String>();
                for (ArchiveImage image : images) {
                    register(image, messages);
                }
                return messages;
            } finally {
                lock.unlock();
            }
        } finally {
            removeUnused(recording);
        }
    }

    /** The layers must be exactly the config's diff IDs, in order: an image is never registered half-checked. */
    private void verify(ArchiveImage image) {
        ImageConfig config = catalog.readConfig(new ImageId(image.config()));
        List<Digest> expected = config.diffIds();
        if (expected.size() != image.layers().size()) {
            throw new InvalidParameter("invalid archive: image " + image.config() + " has " + image.layers().size()
                    + " layers but its config lists " + expected.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(image.layers().get(i))) {
                throw new InvalidParameter("invalid diffID for layer " + i + ": expected \"" + expected.get(i)
                        + "\", got \"" + image.layers().get(i) + "\"");
            }
        }
    }

    private void register(ArchiveImage image, List<String> messages) {
        ImageId id = new ImageId(image.config());
        List<Long> sizes = unpack(image.layers());
        catalog.store().put(new ImageRecord(id, sizes));
        for (ImageReference tag : image.repoTags()) {
            catalog.store().tag(tag, id).ifPresent(previous -> messages.add("The image " + tag.familiar()
                    + " already exists, renaming the old one with ID " + previous + " to empty string"));
            messages.add("Loaded image: " + tag.familiar());
        }
        if (image.repoTags().isEmpty()) {
            messages.add("Loaded image ID: " + id);
        }
    }

    /** Unpacks the layers whose ChainID has no snapshot yet; returns every layer's unpacked size, bottom first. */
    private List<Long> unpack(List<Digest> diffIds) {
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

    /** Blobs this load brought in that no registered image needs (archive extras, refused images). */
    private void removeUnused(RecordingContentStore recording) {
        lock.lock();
        try {
            recording.unpinAll();
            var inUse = catalog.blobsInUse(Optional.empty());
            recording.added().stream()
                    .filter(blob -> !inUse.contains(blob))
                    .forEach(blob -> pins.deleteUnlessPinned(blob, content));
        } finally {
            lock.unlock();
        }
    }
}
