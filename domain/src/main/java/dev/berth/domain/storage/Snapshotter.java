package dev.berth.domain.storage;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Layered filesystems, after containerd's snapshotter: committed snapshots are read-only layers, active ones are
 * writable. The snapshotter returns mounts; the runtime performs them.
 */
public interface Snapshotter extends AutoCloseable {

    /** The driver name shown by {@code docker info} ({@code overlayfs}, {@code vfs}). */
    String name();

    /** Creates a writable snapshot on top of {@code parent} and returns how to mount it. */
    List<Mount> prepare(SnapshotKey key, Optional<SnapshotKey> parent);

    /** The mounts of an existing active snapshot (after a daemon restart). */
    List<Mount> mounts(SnapshotKey key);

    /**
     * Unpacks a layer tar into an active snapshot, turning {@code .wh.} entries into this driver's whiteouts.
     * Returns the number of bytes unpacked.
     */
    long apply(SnapshotKey active, InputStream layerTar);

    /** Makes an active snapshot a read-only committed one under {@code name}. */
    void commit(SnapshotKey name, SnapshotKey active);

    /**
     * The bytes the snapshot itself holds on disk, its parents not counted: for an overlay its upper directory
     * (the container's changes), for a copying driver (vfs) its whole copy. NotFound when missing.
     */
    long usage(SnapshotKey key);

    boolean exists(SnapshotKey key);

    /** Removes a snapshot; Conflict while another snapshot is built on it. */
    void remove(SnapshotKey key);

    @Override
    default void close() {
    }
}
