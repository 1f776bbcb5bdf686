package dev.berth.domain.storage;

import dev.berth.domain.image.Digest;

import java.io.OutputStream;

/** An ingest in progress; closing it without a commit discards what was written. */
public interface BlobWriter extends AutoCloseable {

    /** Where the blob's bytes go; the digest is computed while they are written. */
    OutputStream stream();

    /** The digest of what was written so far. */
    Digest digest();

    /** Makes the blob visible; Conflict when {@code expected} is given and differs from what was written. */
    Digest commit(Digest expected);

    @Override
    void close();
}
