package dev.berth.drivers.storage.common;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Copies filesystem trees as a layer needs them: modes, owners, symlinks, times, device nodes, FIFOs, extended
 * attributes, and hard links kept as hard links. Symlinks are copied, never followed.
 */
public final class TreeCopier {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final int FILE_TYPE_BITS = 0170000;

    private TreeCopier() {
    }

    /** Copies the tree at {@code source} to {@code target}, which must not exist. */
    public static void copyTree(Path source, Path target) throws IOException {
        Map<Object, Path> linkedFiles = new HashMap<>();
        Deque<FileAttributes> directoryAttributes = new ArrayDeque<>();
        Files.walkFileTree(source, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
                            throws IOException {
                        Path copy = target.resolve(source.relativize(dir));
                        Files.createDirectory(copy);
                        FileAttributes original = FileAttributes.of(dir);
                        original.applyOwnerAndMode(copy);
                        directoryAttributes.push(original);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        Path copy = target.resolve(source.relativize(file));
                        if (attributes.isRegularFile() && (Integer) Files.getAttribute(file, "unix:nlink", NOFOLLOW) > 1) {
                            Path first = linkedFiles.putIfAbsent(attributes.fileKey(), copy);
                            if (first != null) {
                                Files.createLink(copy, first);
                                return FileVisitResult.CONTINUE;
                            }
                        }
                        copyNode(file, copy);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                        if (failure != null) {
                            throw failure;
                        }
                        directoryAttributes.pop().applyTimes(target.resolve(source.relativize(dir)));
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    /**
     * After the owner, as chown drops file capabilities. Overlay's own attributes stay behind: an opaque marker copied
     * up with a parent directory would hide the layers below it.
     */
    private static void copyXattrs(Path source, Path target) throws IOException {
        for (String name : Syscalls.llistxattr(source)) {
            if (!ReservedXattrs.isReserved(name)) {
                Syscalls.lsetxattr(target, name, Syscalls.lgetxattr(source, name).orElse(new byte[0]));
            }
        }
    }

    /** Copies one entry (not a directory's content) with its attributes; {@code target} must not exist. */
    public static void copyNode(Path source, Path target) throws IOException {
        FileAttributes attributes = FileAttributes.of(source);
        if (Files.isSymbolicLink(source)) {
            Files.createSymbolicLink(target, Files.readSymbolicLink(source));
        } else if (Files.isDirectory(source, NOFOLLOW)) {
            Files.createDirectory(target);
        } else if (Files.isRegularFile(source, NOFOLLOW)) {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, NOFOLLOW);
        } else {
            int mode = (Integer) Files.getAttribute(source, "unix:mode", NOFOLLOW);
            long device = (Long) Files.getAttribute(source, "unix:rdev", NOFOLLOW);
            Syscalls.mknod(target, (mode & FILE_TYPE_BITS) | attributes.mode(), device);
        }
        attributes.applyOwnerAndMode(target);
        copyXattrs(source, target);
        attributes.applyTimes(target);
    }
}
