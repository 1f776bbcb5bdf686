package dev.berth.adapters.runc;

import dev.berth.domain.container.MountPoint;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.stream.Stream;

/**
 * dockerd's copy-up: an empty volume mounted over a directory of the image gets that directory's content, with
 * modes, owners and symlinks as they are (symlinks are copied, never followed); not with {@code nocopy}.
 */
final class VolumeCopyUp {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private VolumeCopyUp() {
    }

    static void populate(Path rootfs, MountPoint mount) throws IOException {
        if (mount.type() != MountPoint.Type.VOLUME || mount.volume().noCopy()) {
            return;
        }
        Path source = RootfsPath.resolve(rootfs, mount.destination());
        Path volume = Path.of(mount.source());
        if (Files.isDirectory(source, NOFOLLOW) && isEmpty(volume)) {
            copyContent(source, volume);
        }
    }

    /** Copies what is inside {@code source} into the existing directory {@code target}, which takes its owner and mode. */
    static void copyContent(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path copy = target.resolve(source.relativize(dir).toString());
                if (!dir.equals(source)) {
                    Files.createDirectory(copy);
                }
                copyOwnerAndMode(dir, copy);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path copy = target.resolve(source.relativize(file).toString());
                if (attributes.isSymbolicLink()) {
                    Files.createSymbolicLink(copy, Files.readSymbolicLink(file));
                    copyOwner(file, copy);
                } else if (attributes.isRegularFile()) {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES, NOFOLLOW);
                    copyOwnerAndMode(file, copy);
                }
                // Device nodes, FIFOs and sockets in an image directory are left out, as a volume cannot need them.
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void copyOwner(Path from, Path to) throws IOException {
        PosixFileAttributes original = Files.readAttributes(from, PosixFileAttributes.class, NOFOLLOW);
        PosixFileAttributeView copy = Files.getFileAttributeView(to, PosixFileAttributeView.class, NOFOLLOW);
        copy.setOwner(original.owner());
        copy.setGroup(original.group());
    }

    /** Owner first: a chown clears the setuid and setgid bits that the mode then restores. */
    private static void copyOwnerAndMode(Path from, Path to) throws IOException {
        copyOwner(from, to);
        Files.setAttribute(to, "unix:mode", Files.getAttribute(from, "unix:mode", NOFOLLOW), NOFOLLOW);
    }
}
