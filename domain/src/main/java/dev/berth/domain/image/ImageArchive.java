package dev.berth.domain.image;

import dev.berth.domain.storage.ContentStore;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** Image archives as {@code docker load} and {@code docker save} move them. */
public interface ImageArchive {

    /**
     * Streams an archive (docker-archive or OCI layout, optionally gzip-compressed, gzip layers accepted): every
     * blob goes, uncompressed, into {@code blobs}; returns the images it describes. InvalidParameter when the
     * archive is malformed or names a file it lacks.
     */
    List<ArchiveImage> read(InputStream archive, ContentStore blobs);

    /** Writes a docker-archive ({@code manifest.json}, {@code repositories}) of images with blobs in {@code blobs}. */
    void write(List<ArchiveImage> images, ContentStore blobs, OutputStream out);
}
