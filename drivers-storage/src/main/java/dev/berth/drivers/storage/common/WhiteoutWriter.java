package dev.berth.drivers.storage.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** How a driver records the deletions a layer tar names with {@code .wh.} entries. */
public interface WhiteoutWriter {

    /** {@code path} (inside the layer being unpacked, maybe absent) must disappear from the merged view. */
    void remove(Path path) throws IOException;

    /** {@code directory} must show only what this layer puts in it; {@code unpacked} holds what it put so far. */
    void opaque(Path directory, Set<Path> unpacked) throws IOException;
}
