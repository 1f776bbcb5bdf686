package dev.berth.application.image;

import dev.berth.domain.image.Digest;
import dev.berth.domain.storage.BlobWriter;
import dev.berth.domain.storage.ContentStore;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;

/**
 * The content store as one load sees it: every blob it writes is pinned before its commit (so a concurrent removal
 * cannot take it away), and the ones it added are remembered so the load can remove what it brought in but did
 * not use (archive files such as {@code VERSION}, or the layers of an image it refused).
 */
final class RecordingContentStore implements ContentStore {

    private final ContentStore delegate;
    private final BlobPins pins;
    private final List<Digest> pinned = new CopyOnWriteArrayList<>();
    private final Set<Digest> added = ConcurrentHashMap.newKeySet();

    RecordingContentStore(ContentStore delegate, BlobPins pins) {
        this.delegate = delegate;
        this.pins = pins;
    }

    Set<Digest> added() {
        return Set.copyOf(added);
    }

    /** Ends this ingest's claim on the blobs it wrote and deletes those it added that are not {@code inUse}. */
    void release(Set<Digest> inUse) {
        pinned.forEach(pins::unpin);
        pinned.clear();
        added.stream().filter(blob -> !inUse.contains(blob)).forEach(blob -> pins.deleteUnlessPinned(blob, delegate));
    }

    /** Whether the blob is stored; if it is, it stays until {@link #release} (a pull reuses it, not re-fetches). */
    boolean holdIfPresent(Digest digest) {
        pins.pin(digest);
        pinned.add(digest);
        return delegate.exists(digest);
    }

    /** {@link #release} against what the catalog's images use now, under the image lock that guards them. */
    void releaseUnused(ImageCatalog catalog, Lock lock) {
        lock.lock();
        try {
            release(catalog.blobsInUse(Optional.empty()));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean exists(Digest digest) {
        return delegate.exists(digest);
    }

    @Override
    public InputStream open(Digest digest) {
        return delegate.open(digest);
    }

    @Override
    public Optional<Long> size(Digest digest) {
        return delegate.size(digest);
    }

    @Override
    public BlobWriter writer() {
        BlobWriter writer = delegate.writer();
        return new BlobWriter() {
            @Override
            public OutputStream stream() {
                return writer.stream();
            }

            @Override
            public Digest digest() {
                return writer.digest();
            }

            @Override
            public Digest commit(Digest expected) {
                Digest written = writer.digest();
                pins.pin(written);
                pinned.add(written);
                boolean existed = delegate.exists(written);
                Digest digest = writer.commit(expected);
                if (!existed) {
                    added.add(digest);
                }
                return digest;
            }

            @Override
            public void close() {
                writer.close();
            }
        };
    }

    @Override
    public void delete(Digest digest) {
        delegate.delete(digest);
    }
}
