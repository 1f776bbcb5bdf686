package dev.berth.drivers.storage.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Describes a tree one line per entry (path, type, mode, owner, mtime, content or link target, device, xattrs, and
 * which entries share an inode), so two trees compare with one assertEquals and a readable difference.
 */
public final class TreeListing {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private TreeListing() {
    }

    /** Every entry below {@code root} (not the root itself); directory mtimes only when {@code withDirectoryTimes}. */
    public static List<String> of(Path root, boolean withDirectoryTimes) throws IOException {
        List<String> lines = new ArrayList<>();
        Map<Object, String> firstNameOfInode = new HashMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> !p.equals(root)).sorted().toList();
        }
        for (Path path : paths) {
            String name = root.relativize(path).toString();
            var unix = Files.readAttributes(path, "unix:*", NOFOLLOW);
            int mode = (Integer) unix.get("mode");
            StringBuilder line = new StringBuilder(name).append(" mode=").append(Integer.toOctalString(mode))
                    .append(" owner=").append(unix.get("uid")).append(':').append(unix.get("gid"));
            boolean directory = Files.isDirectory(path, NOFOLLOW);
            if (!directory || withDirectoryTimes) {
                // Tar headers keep times to a fraction of a microsecond at best.
                line.append(" mtime=").append(((FileTime) unix.get("lastModifiedTime")).toInstant()
                        .truncatedTo(ChronoUnit.MICROS));
            }
            if (Files.isSymbolicLink(path)) {
                line.append(" -> ").append(Files.readSymbolicLink(path));
            } else if (Files.isRegularFile(path, NOFOLLOW)) {
                String first = firstNameOfInode.putIfAbsent(unix.get("ino"), name);
                line.append(first == null ? " content=" + Files.readString(path, StandardCharsets.ISO_8859_1)
                        : " linked-to=" + first);
            } else if (!directory) {
                line.append(" rdev=").append(unix.get("rdev"));
            }
            for (String xattr : Syscalls.llistxattr(path).stream().sorted().toList()) {
                line.append(' ').append(xattr).append('=').append(Base64.getEncoder()
                        .encodeToString(Syscalls.lgetxattr(path, xattr).orElseThrow()));
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
