package dev.berth.drivers.storage.common;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The layers below the one being unpacked, when they are not part of its tree (overlay): a hard link in a layer tar
 * may name a file that only a lower layer holds, which must then be copied up before it can be linked.
 */
public interface LowerLayers {

    /** For drivers whose layer tree already holds everything below it (vfs). */
    LowerLayers NONE = (path, root) -> false;

    /** Copies {@code path} (normalised, relative) from the topmost lower layer having it into {@code root}. */
    boolean copyUp(String path, Path root) throws IOException;
}
