package dev.berth.domain.storage;

import java.io.OutputStream;

/**
 * An optional ability of a {@link Snapshotter} (check with {@code instanceof}): the changes a snapshot holds over
 * its parent, as a layer tar, for {@code docker commit} and {@code docker diff}.
 */
public interface SnapshotDiffer {

    /**
     * Writes a tar of what {@code key} changed over its parent, deletions as {@code .wh.} entries and replaced
     * directories marked with {@code .wh..wh..opq}; the stream is left open. NotFound when there is no such snapshot.
     */
    void diff(SnapshotKey key, OutputStream tar);
}
