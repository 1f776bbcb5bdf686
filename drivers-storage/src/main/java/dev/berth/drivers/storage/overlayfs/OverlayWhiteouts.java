package dev.berth.drivers.storage.overlayfs;

import dev.berth.drivers.storage.common.FileTree;
import dev.berth.drivers.storage.common.Syscalls;
import dev.berth.drivers.storage.common.WhiteoutWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Overlayfs's own whiteouts in the upper directory: a 0/0 character device, and an xattr for opaque dirs. */
final class OverlayWhiteouts implements WhiteoutWriter {

    static final String OPAQUE_XATTR = "trusted.overlay.opaque";

    @Override
    public void remove(Path path) throws IOException {
        FileTree.delete(path);
        Files.createDirectories(path.getParent());
        Syscalls.mknod(path, Syscalls.S_IFCHR, Syscalls.makedev(0, 0));
    }

    /** Entries this layer already put in the directory stay: only the lower layers' ones are hidden. */
    @Override
    public void opaque(Path directory, Set<Path> unpacked) throws IOException {
        Files.createDirectories(directory);
        Syscalls.lsetxattr(directory, OPAQUE_XATTR, "y".getBytes(StandardCharsets.US_ASCII));
    }
}
