package dev.berth.application.image;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ArchiveImage;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageArchive;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageRecord;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.storage.ContentStore;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * {@code docker load}: blobs are streamed into the content store outside the image lock; then, under it, every
 * image is verified before any is registered, its layers are unpacked once per ChainID, and its tags move to it.
 */
final class ImageLoader {

    private final ImageCatalog catalog;
    private final ContentStore content;
    private final ImageArchive archive;
    private final LayerUnpacker unpacker;
    private final Lock lock;
    private final BlobPins pins;
    private final ImageEvents events;

    ImageLoader(ImageCatalog catalog, ContentStore content, ImageArchive archive, LayerUnpacker unpacker, Lock lock,
                BlobPins pins, ImageEvents events) {
        this.catalog = catalog;
        this.content = content;
        this.archive = archive;
        this.unpacker = unpacker;
        this.lock = lock;
        this.pins = pins;
        this.events = events;
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
        List<Long> sizes = unpacker.unpack(image.layers());
        catalog.store().put(new ImageRecord(id, sizes));
        for (ImageReference tag : image.repoTags()) {
            catalog.store().tag(tag, id).ifPresent(previous -> messages.add("The image " + tag.familiar()
                    + " already exists, renaming the old one with ID " + previous + " to empty string"));
            messages.add("Loaded image: " + tag.familiar());
        }
        if (image.repoTags().isEmpty()) {
            messages.add("Loaded image ID: " + id);
        }
        events.publish(id.toString(), id.toString(), "load");
    }

    /** Blobs this load brought in that no registered image needs (archive extras, refused images). */
    private void removeUnused(RecordingContentStore recording) {
        recording.releaseUnused(catalog, lock);
    }
}
