package dev.berth.drivers.storage.common;

import java.util.Comparator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/** A small root filesystem with one of everything a layer can hold, for round-trip tests. */
public final class SampleTree {

    private SampleTree() {
    }

    public static Path create(Path root) throws IOException {
        FileTime time = FileTime.from(Instant.parse("2022-05-06T07:08:09Z"));
        Files.createDirectories(root.resolve("usr/bin"));
        Files.writeString(root.resolve("usr/bin/tool"), "binary");
        Files.setAttribute(root.resolve("usr/bin/tool"), "unix:mode", 04755);
        Files.createLink(root.resolve("usr/bin/alias"), root.resolve("usr/bin/tool"));
        Files.createSymbolicLink(root.resolve("bin"), Path.of("usr/bin"));
        Files.createDirectories(root.resolve("home/user"));
        Files.writeString(root.resolve("home/user/notes"), "private");
        Files.setAttribute(root.resolve("home/user/notes"), "unix:uid", 1000);
        Files.setAttribute(root.resolve("home/user/notes"), "unix:gid", 1000);
        Files.setAttribute(root.resolve("home/user"), "unix:mode", 0700);
        Files.setAttribute(root.resolve("home/user"), "unix:uid", 1000);
        Files.createDirectories(root.resolve("tmp"));
        Files.setAttribute(root.resolve("tmp"), "unix:mode", 01777);
        Files.createDirectories(root.resolve("dev"));
        Syscalls.mknod(root.resolve("dev/null"), Syscalls.S_IFCHR | 0666, Syscalls.makedev(1, 3));
        Syscalls.mknod(root.resolve("dev/loop9"), Syscalls.S_IFBLK | 0660, Syscalls.makedev(7, 9));
        Syscalls.mknod(root.resolve("dev/pipe"), Syscalls.S_IFIFO | 0600, 0);
        Files.writeString(root.resolve("tagged"), "t");
        Syscalls.lsetxattr(root.resolve("tagged"), "user.origin", "berth".getBytes(StandardCharsets.UTF_8));
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Syscalls.lutimes(path, time, time);
            }
        }
        return root;
    }
}
