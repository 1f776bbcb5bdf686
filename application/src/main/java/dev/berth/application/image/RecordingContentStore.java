package dev.berth.application.image;

import dev.berth.domain.image.Digest;
import dev.berth.domain.storage.BlobWriter;
import dev.berth.domain.storage.ContentStore;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A content store that remembers which blobs it added, so a load can remove what it brought in but did not use
 * (archive files such as {@code VERSION}, or the layers of an image it refused).
 */
final class RecordingContentStore implements ContentStore {

    private final ContentStore delegate;
    private final Set<Digest> added = ConcurrentHashMap.newKeySet();

    RecordingContentStore(ContentStore delegate) {
        this.delegate = delegate;
    }

    Set<Digest> added() {
        return Set.copyOf(added);
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
                boolean existed = delegate.exists(writer.digest());
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
