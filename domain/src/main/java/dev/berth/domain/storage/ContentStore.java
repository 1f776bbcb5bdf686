package dev.berth.domain.storage;

import dev.berth.domain.image.Digest;

import java.io.InputStream;
import java.util.Optional;

/** Blobs named by their sha256 digest. A write is invisible until {@link BlobWriter#commit} verifies it. */
public interface ContentStore {

    boolean exists(Digest digest);

    /** NotFound when the blob is missing. */
    InputStream open(Digest digest);

    Optional<Long> size(Digest digest);

    BlobWriter writer();

    void delete(Digest digest);
}
