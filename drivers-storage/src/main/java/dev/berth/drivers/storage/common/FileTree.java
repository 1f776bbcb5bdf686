package dev.berth.drivers.storage.common;

import java.io.IOException;
import java.nio.file.Path;

/** The SDK's tree removal ({@link dev.berth.plugins.sdk.FileTree}), under the name this module uses. */
public final class FileTree {

    private FileTree() {
    }

    /** Deletes {@code path} and, if it is a directory, everything below; nothing when it does not exist. */
    public static void delete(Path path) throws IOException {
        dev.berth.plugins.sdk.FileTree.delete(path);
    }
}
