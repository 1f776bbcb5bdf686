package dev.berth.application.container;

import dev.berth.domain.files.PathStat;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/** A container's files as tars: {@code docker cp} both ways and {@code docker export}, running or not. */
public interface ContainerArchive {

    /** NotFound for a missing path (a last symlink is described, not followed). */
    PathStat stat(String ref, String path);

    /** The path's stat, checked now, and the writer of its tar, run when the answer streams. */
    ArchiveRead read(String ref, String path);

    /** Extracts a tar into the directory {@code path}; {@code copyUIDGID} gives the files the container user. */
    void extract(String ref, String path, InputStream tar, boolean noOverwriteDirNonDir, boolean copyUIDGID);

    /** The writer of the container's flattened rootfs. */
    Consumer<OutputStream> export(String ref);

    record ArchiveRead(PathStat stat, Consumer<OutputStream> tar) {
    }
}
