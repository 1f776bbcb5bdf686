package dev.berth.application.image;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.HistoryEntry;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageConfigCodec;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageRecord;
import dev.berth.domain.storage.BlobWriter;
import dev.berth.domain.storage.ContentStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * {@code docker import}: the tar is streamed (uncompressed) into the content store as the only layer, outside the
 * image lock; then, under it, the layer is unpacked and a config written as dockerd does (amd64/linux, the message
 * as comment and as the one history step).
 */
final class ImageImporter {

    private static final String ARCHITECTURE = "amd64";
    private static final String OS = "linux";

    private final ImageCatalog catalog;
    private final ContentStore content;
    private final ImageConfigCodec codec;
    private final LayerUnpacker unpacker;
    private final Lock lock;
    private final BlobPins pins;
    private final Clock clock;

    ImageImporter(ImageCatalog catalog, ContentStore content, ImageConfigCodec codec, LayerUnpacker unpacker,
                  Lock lock, BlobPins pins, Clock clock) {
        this.catalog = catalog;
        this.content = content;
        this.codec = codec;
        this.unpacker = unpacker;
        this.lock = lock;
        this.pins = pins;
        this.clock = clock;
    }

    ImageId importImage(InputStream rootfs, ImportRequest request) {
        var defaults = request.config(); // invalid changes fail before any byte is stored
        var recording = new RecordingContentStore(content, pins);
        try {
            Digest diffId = store(recording, uncompressed(rootfs));
            var now = clock.instant();
            var config = new ImageConfig(ARCHITECTURE, OS, null, now, null, request.comment(), null, defaults,
                    List.of(diffId), List.of(new HistoryEntry(now, null, null, request.comment(), false)));
            ImageId id = new ImageId(store(recording, new ByteArrayInputStream(codec.encode(config))));
            lock.lock();
            try {
                catalog.store().put(new ImageRecord(id, unpacker.unpack(List.of(diffId))));
                if (request.tag() != null) {
                    catalog.store().tag(request.tag(), id);
                }
                return id;
            } finally {
                lock.unlock();
            }
        } finally {
            recording.releaseUnused(catalog, lock);
        }
    }

    private static InputStream uncompressed(InputStream in) {
        try {
            return Uncompressed.of(in);
        } catch (IOException e) {
            throw new SystemFault("cannot read the imported archive: " + e.getMessage(), e);
        }
    }

    private static Digest store(ContentStore blobs, InputStream in) {
        try (BlobWriter writer = blobs.writer()) {
            in.transferTo(writer.stream());
            return writer.commit(null);
        } catch (IOException e) {
            throw new SystemFault("cannot store the imported archive: " + e.getMessage(), e);
        }
    }
}
