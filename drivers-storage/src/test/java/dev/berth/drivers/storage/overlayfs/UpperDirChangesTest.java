package dev.berth.drivers.storage.overlayfs;

import dev.berth.domain.storage.Change;
import dev.berth.drivers.storage.common.Syscalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The change walk on hand-made upper and lower directories, as overlayfs leaves them (needs root: mknod, trusted.*). */
class UpperDirChangesTest {

    private static final FileTime MTIME = FileTime.from(Instant.parse("2022-01-01T00:00:00Z"));

    @TempDir
    Path temp;

    @Test
    void addsModificationsWhiteoutsAndOpaqueDirectoriesAsDockerDiff() throws Exception {
        Path base = Files.createDirectories(temp.resolve("base"));
        file(base, "etc/passwd");
        file(base, "etc/group");
        file(base, "var/cache/old");
        file(base, "hidden");
        Path middle = Files.createDirectories(temp.resolve("middle"));
        whiteout(middle, "hidden");
        Path upper = Files.createDirectories(temp.resolve("upper"));
        file(upper, "newfile");
        Files.createDirectories(upper.resolve("newdir"));
        file(upper, "etc/passwd");
        whiteout(upper, "etc/group");
        Files.createDirectories(upper.resolve("var/cache"));
        Syscalls.lsetxattr(upper.resolve("var/cache"), "trusted.overlay.opaque", "y".getBytes(StandardCharsets.US_ASCII));
        file(upper, "var/cache/old");
        file(upper, "hidden");
        sameTimes(base, upper, "etc");
        sameTimes(base, upper, "var");

        List<Change> changes = new UpperDirChanges(upper, List.of(middle, base)).list();

        assertEquals(List.of(
                "MODIFIED /etc", "DELETED /etc/group", "MODIFIED /etc/passwd",
                "ADDED /hidden",
                "ADDED /newdir", "ADDED /newfile",
                "MODIFIED /var", "DELETED /var/cache", "ADDED /var/cache/old"),
                changes.stream().map(c -> c.kind() + " " + c.path()).toList());
    }

    @Test
    void aDirectoryCopiedUpUnchangedIsNotAChangeUntilSomethingBelowItIs() throws Exception {
        Path base = Files.createDirectories(temp.resolve("base"));
        file(base, "etc/passwd");
        Path upper = Files.createDirectories(temp.resolve("upper"));
        Files.createDirectories(upper.resolve("etc"));
        sameTimes(base, upper, "etc");

        assertEquals(List.of(), new UpperDirChanges(upper, List.of(base)).list());
    }

    private static void file(Path root, String name) throws Exception {
        Files.createDirectories(root.resolve(name).getParent());
        Files.writeString(root.resolve(name), name);
    }

    private static void whiteout(Path root, String name) throws Exception {
        Files.createDirectories(root.resolve(name).getParent());
        Syscalls.mknod(root.resolve(name), Syscalls.S_IFCHR, Syscalls.makedev(0, 0));
    }

    /** Copy-up keeps a directory's attributes: give both copies the same mtime (mode and size already agree). */
    private static void sameTimes(Path lower, Path upper, String name) throws Exception {
        Files.setLastModifiedTime(lower.resolve(name), MTIME);
        Files.setLastModifiedTime(upper.resolve(name), MTIME);
    }
}
