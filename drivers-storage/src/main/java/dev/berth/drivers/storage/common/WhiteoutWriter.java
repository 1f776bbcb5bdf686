package dev.berth.drivers.storage.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** How a driver records the deletions a layer tar names with {@code .wh.} entries. */
public interface WhiteoutWriter {

    /** {@code path} (inside the layer being unpacked, maybe absent; its parent exists) must disappear from view. */
    void remove(Path path) throws IOException;

    /**
     * {@code directory} (it exists) must show only what this layer puts in it; {@code unpacked} holds what the layer
     * put so far.
     */
    void opaque(Path directory, Set<Path> unpacked) throws IOException;
}
