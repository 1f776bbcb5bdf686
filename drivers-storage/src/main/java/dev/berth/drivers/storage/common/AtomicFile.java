package dev.berth.drivers.storage.common;

import java.io.IOException;
import java.nio.file.Path;

/** The SDK's atomic replace ({@link dev.berth.plugins.sdk.AtomicFile}), under the name this module uses. */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path target, String content) throws IOException {
        dev.berth.plugins.sdk.AtomicFile.write(target, content);
    }

    public static void write(Path target, byte[] content) throws IOException {
        dev.berth.plugins.sdk.AtomicFile.write(target, content);
    }

    /** Makes a rename or an unlink in {@code dir} durable. */
    public static void syncDirectory(Path dir) throws IOException {
        dev.berth.plugins.sdk.AtomicFile.syncDirectory(dir);
    }
}
