package dev.berth.domain.storage;

import java.io.OutputStream;
import java.util.List;

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

    /**
     * The same changes as {@code docker diff} lists them, parents before their content: a directory holding a change
     * is itself modified. NotFound when there is no such snapshot.
     */
    List<Change> changes(SnapshotKey key);
}
