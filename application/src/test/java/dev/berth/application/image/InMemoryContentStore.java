package dev.berth.application.image;

import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.Digest;
import dev.berth.domain.storage.BlobWriter;
import dev.berth.domain.storage.ContentStore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A content store in memory, verifying digests on commit like the real one. */
final class InMemoryContentStore implements ContentStore {

    private final Map<Digest, byte[]> blobs = new ConcurrentHashMap<>();

    Set<Digest> digests() {
        return Set.copyOf(blobs.keySet());
    }

    Digest put(byte[] content) {
        Digest digest = Digest.of(content);
        blobs.put(digest, content.clone());
        return digest;
    }

    @Override
    public boolean exists(Digest digest) {
        return blobs.containsKey(digest);
    }

    @Override
    public InputStream open(Digest digest) {
        byte[] content = blobs.get(digest);
        if (content == null) {
            throw new NotFound("content " + digest + ": not found");
        }
        return new ByteArrayInputStream(content);
    }

    @Override
    public Optional<Long> size(Digest digest) {
        return Optional.ofNullable(blobs.get(digest)).map(b -> (long) b.length);
    }

    @Override
    public BlobWriter writer() {
        var buffer = new ByteArrayOutputStream();
        return new BlobWriter() {
            @Override
            public OutputStream stream() {
                return buffer;
            }

            @Override
            public Digest digest() {
                return Digest.of(buffer.toByteArray());
            }

            @Override
            public Digest commit(Digest expected) {
                Digest actual = digest();
                if (expected != null && !expected.equals(actual)) {
                    throw new Conflict("unexpected commit digest " + actual + ", expected " + expected);
                }
                blobs.put(actual, buffer.toByteArray());
                return actual;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void delete(Digest digest) {
        blobs.remove(digest);
    }
}
