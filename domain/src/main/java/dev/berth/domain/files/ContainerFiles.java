package dev.berth.domain.files;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reads and writes a container's files as tars ({@code docker cp}, {@code docker export}). Paths are container
 * paths; symlinks are followed inside the tree, never out of it. NotFound for a missing path.
 */
public interface ContainerFiles {

    /** The path itself (a last symlink not followed). */
    PathStat stat(ContainerTree tree, String path);

    /** A tar of the path, its base name at the top (a directory with everything below); the stream stays open. */
    void read(ContainerTree tree, String path, OutputStream tar);

    /** Extracts a tar into the directory at {@code path}; InvalidParameter when it is not a directory. */
    void extract(ContainerTree tree, String path, InputStream tar, ExtractOptions options);

    /** The whole tree (mounts left out, as dockerd's export) as a tar; the stream stays open. */
    void export(ContainerTree tree, OutputStream tar);
}
