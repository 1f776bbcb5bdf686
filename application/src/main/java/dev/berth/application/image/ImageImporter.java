package dev.berth.application.image;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.storage.BlobWriter;
import dev.berth.domain.storage.ContentStore;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

/**
 * {@code docker import}: the tar is streamed (uncompressed) into the content store as the only layer, outside the
 * image lock; then the image is committed as dockerd makes it (amd64/linux, the message as comment and as the one
 * history step) and tagged.
 */
final class ImageImporter {

    private final ImageCatalog catalog;
    private final ContentStore content;
    private final ImageCommitter committer;
    private final Lock lock;
    private final BlobPins pins;

    ImageImporter(ImageCatalog catalog, ContentStore content, ImageCommitter committer, Lock lock, BlobPins pins) {
        this.catalog = catalog;
        this.content = content;
        this.committer = committer;
        this.lock = lock;
        this.pins = pins;
    }

    ImageId importImage(InputStream rootfs, ImportRequest request) {
        var defaults = request.config(); // invalid changes fail before any byte is stored
        var recording = new RecordingContentStore(content, pins);
        try {
            Digest diffId = store(recording, uncompressed(rootfs));
            return committer.commit(new CommitRequest(Optional.empty(),
                    Optional.of(new CommitRequest.StoredLayer(diffId)), defaults, null, null, request.comment()),
                    Optional.ofNullable(request.tag()));
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
