package dev.berth.drivers.storage.overlayfs;

import dev.berth.drivers.storage.common.FileTree;
import dev.berth.drivers.storage.common.Syscalls;
import dev.berth.drivers.storage.common.WhiteoutWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/** Overlayfs's own whiteouts in the upper directory: a 0/0 character device, and an xattr for opaque dirs. */
final class OverlayWhiteouts implements WhiteoutWriter {

    private static final String OPAQUE_XATTR = "trusted.overlay.opaque";
    private static final byte[] OPAQUE_VALUE = "y".getBytes(StandardCharsets.US_ASCII);
    private static final int FILE_TYPE_BITS = 0170000;

    @Override
    public void remove(Path path) throws IOException {
        FileTree.delete(path);
        Syscalls.mknod(path, Syscalls.S_IFCHR, Syscalls.makedev(0, 0));
    }

    /** Entries this layer already put in the directory stay: only the lower layers' ones are hidden. */
    @Override
    public void opaque(Path directory, Set<Path> unpacked) throws IOException {
        Syscalls.lsetxattr(directory, OPAQUE_XATTR, OPAQUE_VALUE);
    }

    /** Whether {@code path} in an upper or lower directory is overlay's record of a deletion. */
    static boolean isWhiteout(Path path) throws IOException {
        int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        long device = (Long) Files.getAttribute(path, "unix:rdev", LinkOption.NOFOLLOW_LINKS);
        return (mode & FILE_TYPE_BITS) == Syscalls.S_IFCHR && device == 0;
    }

    /** Whether directory {@code path} hides what the layers below have in it. */
    static boolean isOpaque(Path path) throws IOException {
        return Syscalls.lgetxattr(path, OPAQUE_XATTR).filter(value -> Arrays.equals(value, OPAQUE_VALUE)).isPresent();
    }
}
