package dev.berth.drivers.storage.common;

import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.storage.Change;
import dev.berth.domain.storage.Mount;
import dev.berth.domain.storage.SnapshotDiffer;
import dev.berth.domain.storage.SnapshotKey;
import dev.berth.domain.storage.Snapshotter;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every snapshotter must do, checked on real files and real mounts (needs root): each driver's test extends it.
 */
public abstract class SnapshotterContract {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    @TempDir
    protected Path temp;
    protected Path root;
    protected Snapshotter snapshotter;
    private final TestMounts mounts = new TestMounts();

    /** A fresh driver over {@code root}, as a daemon start would create it. */
    protected abstract Snapshotter open(Path root);

    @BeforeEach
    void openDriver() {
        root = temp.resolve("driver-root");
        snapshotter = open(root);
    }

    @AfterEach
    void unmount() throws Exception {
        mounts.unmountAll();
    }

    protected static SnapshotKey key(String value) {
        return new SnapshotKey(value);
    }

    /** Mounts the snapshot where a container's rootfs would be and returns that directory. */
    protected Path mount(List<Mount> snapshotMounts, String name) throws Exception {
        Path target = Files.createDirectories(temp.resolve("mnt-" + name));
        mounts.mount(snapshotMounts, target);
        return target;
    }

    /** Unmounts what the test mounted so far, as a runtime does when the container stops. */
    protected void unmountAll() throws Exception {
        mounts.unmountAll();
    }

    /** The sorted names in a directory. */
    protected static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void unpacksFilesWithTheirOwnersModesLinksAndDevices() throws Exception {
        List<Mount> prepared = snapshotter.prepare(key("base"), Optional.empty());
        long bytes = snapshotter.apply(key("base"), new LayerTar()
                .dir("etc", 0750, 1000, 1001)
                .file("etc/hello", "hello world", 0640, 1234, 5678)
                .file("etc/tool", "#!/bin/sh", 04755, 0, 0)
                .dir("tmp", 01777, 0, 0)
                .symlink("etc/link", "hello")
                .hardlink("etc/hard", "etc/hello")
                .fifo("etc/pipe")
                .charDevice("etc/null", 1, 3)
                .fileWithXattr("etc/tagged", "x", "user.note", "kept")
                .stream());

        assertEquals("hello world".length() + "#!/bin/sh".length() + 1, bytes);
        Path rootfs = mount(prepared, "base");
        Path etc = rootfs.resolve("etc");
        assertEquals("hello world", Files.readString(etc.resolve("hello")));
        assertEquals(1234, Files.getAttribute(etc.resolve("hello"), "unix:uid"));
        assertEquals(5678, Files.getAttribute(etc.resolve("hello"), "unix:gid"));
        assertEquals(0100640, Files.getAttribute(etc.resolve("hello"), "unix:mode"));
        assertEquals(0104755, Files.getAttribute(etc.resolve("tool"), "unix:mode"));
        assertEquals(041777, Files.getAttribute(rootfs.resolve("tmp"), "unix:mode"));
        assertEquals(040750, Files.getAttribute(etc, "unix:mode"));
        assertEquals(1000, Files.getAttribute(etc, "unix:uid"));
        assertEquals(LayerTar.MTIME, Files.getLastModifiedTime(etc, NOFOLLOW), "dir mtime set after its content");
        assertEquals(LayerTar.MTIME, Files.getLastModifiedTime(etc.resolve("hello"), NOFOLLOW));
        assertEquals(Path.of("hello"), Files.readSymbolicLink(etc.resolve("link")));
        assertEquals(Files.getAttribute(etc.resolve("hello"), "unix:ino"), Files.getAttribute(etc.resolve("hard"), "unix:ino"));
        assertEquals(010600, Files.getAttribute(etc.resolve("pipe"), "unix:mode", NOFOLLOW));
        assertEquals(Syscalls.makedev(1, 3), Files.getAttribute(etc.resolve("null"), "unix:rdev", NOFOLLOW));
        assertEquals("kept", new String(Syscalls.lgetxattr(etc.resolve("tagged"), "user.note").orElseThrow(),
                StandardCharsets.UTF_8));
    }

    @Test
    void childSeesItsParentWithoutWhitedOutFilesAndOpaqueDirectories() throws Exception {
        snapshotter.prepare(key("base-active"), Optional.empty());
        snapshotter.apply(key("base-active"), new LayerTar()
                .dir("a").file("a/keep", "keep").file("a/gone", "gone").dir("a/gone-dir").file("a/gone-dir/x", "x")
                .dir("opq").file("opq/old1", "1").file("opq/old2", "2")
                .stream());
        snapshotter.commit(key("base"), key("base-active"));

        List<Mount> childMounts = snapshotter.prepare(key("child"), Optional.of(key("base")));
        snapshotter.apply(key("child"), new LayerTar()
                .dir("a").whiteout("a/gone").whiteout("a/gone-dir").file("a/new", "new")
                .dir("opq").opaque("opq").file("opq/fresh", "fresh")
                .stream());

        Path rootfs = mount(childMounts, "child");
        assertEquals("keep", Files.readString(rootfs.resolve("a/keep")));
        assertEquals("new", Files.readString(rootfs.resolve("a/new")));
        assertFalse(Files.exists(rootfs.resolve("a/gone"), NOFOLLOW));
        assertFalse(Files.exists(rootfs.resolve("a/gone-dir"), NOFOLLOW));
        assertEquals(List.of("fresh"), names(rootfs.resolve("opq")));
        Path parentView = mount(snapshotter.mounts(key("base")), "base");
        assertEquals("gone", Files.readString(parentView.resolve("a/gone")), "the committed parent is untouched");
    }

    @Test
    void writesInTheMountedSnapshotStayInItAndSurviveARestart() throws Exception {
        snapshotter.prepare(key("base-active"), Optional.empty());
        snapshotter.apply(key("base-active"), new LayerTar().file("motd", "welcome").stream());
        snapshotter.commit(key("base"), key("base-active"));
        List<Mount> prepared = snapshotter.prepare(key("container"), Optional.of(key("base")));

        Snapshotter restarted = open(root);
        assertEquals(prepared, restarted.mounts(key("container")));
        assertTrue(restarted.exists(key("base")));
        Path rootfs = mount(restarted.mounts(key("container")), "container");
        Files.writeString(rootfs.resolve("motd"), "changed");
        assertEquals("changed", Files.readString(rootfs.resolve("motd")));
        Path parentView = mount(snapshotter.mounts(key("base")), "base");
        assertEquals("welcome", Files.readString(parentView.resolve("motd")));
    }

    static Stream<LayerTar> escapingLayers() {
        return Stream.of(
                new LayerTar().file("../outside", "x"),
                new LayerTar().file("a/../../outside", "x"),
                new LayerTar().symlink("up", "../..").file("up/outside", "x"),
                new LayerTar().symlink("up", "..").file("up/outside", "x"),
                new LayerTar().dir("d").symlink("d/up", "../../x").file("d/up/outside", "x"),
                new LayerTar().hardlink("stolen", "../outside"),
                new LayerTar().whiteout("../outside"));
    }

    @ParameterizedTest
    @MethodSource("escapingLayers")
    void rejectsEntriesThatWouldEscapeTheSnapshot(LayerTar layer) throws IOException {
        Path sentinel = Files.writeString(temp.resolve("outside"), "untouched");
        snapshotter.prepare(key("target"), Optional.empty());

        assertThrows(InvalidParameter.class, () -> snapshotter.apply(key("target"), layer.stream()));
        assertEquals("untouched", Files.readString(sentinel));
        assertEquals(List.of("driver-root", "outside"), names(temp));
    }

    @Test
    void absoluteSymlinksAreFollowedInsideTheSnapshot() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("host-dir"));
        List<Mount> prepared = snapshotter.prepare(key("target"), Optional.empty());
        snapshotter.apply(key("target"), new LayerTar()
                .symlink("jump", outside.toString()).file("jump/planted", "x").stream());

        assertEquals(List.of(), names(outside));
        Path rootfs = mount(prepared, "target");
        assertEquals("x", Files.readString(rootfs.resolve(outside.toString().substring(1)).resolve("planted")));
    }

    /** The entry names of a tar, in order. */
    protected static List<String> entryNames(byte[] tar) throws IOException {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** A container's diff, and what its rootfs looked like before it was unmounted. */
    protected record ChangedContainer(byte[] diff, List<String> view) {
    }

    /**
     * Prepares a container on a small base, changes its files through the mount as a process would (edit, delete,
     * replace a directory, hard link, symlink, chown), unmounts it and takes its diff.
     */
    protected ChangedContainer changeContainerAndDiff() throws Exception {
        snapshotter.prepare(key("base-active"), Optional.empty());
        snapshotter.apply(key("base-active"), new LayerTar()
                .dir("etc").file("etc/keep", "k").file("etc/gone", "g").dir("cache").file("cache/old", "o")
                .file("motd", "m").stream());
        snapshotter.commit(key("base"), key("base-active"));
        Path container = mount(snapshotter.prepare(key("container"), Optional.of(key("base"))), "container");
        Files.writeString(container.resolve("motd"), "changed");
        Files.delete(container.resolve("etc/gone"));
        FileTree.delete(container.resolve("cache"));
        Files.createDirectory(container.resolve("cache"));
        Files.writeString(container.resolve("cache/new"), "n");
        Files.writeString(container.resolve("added"), "a");
        Files.setAttribute(container.resolve("added"), "unix:uid", 42);
        Files.createLink(container.resolve("added-link"), container.resolve("added"));
        Files.createSymbolicLink(container.resolve("sl"), Path.of("motd"));
        List<String> view = TreeListing.of(container, true);
        unmountAll();
        ByteArrayOutputStream diff = new ByteArrayOutputStream();
        ((SnapshotDiffer) snapshotter).diff(key("container"), diff);
        return new ChangedContainer(diff.toByteArray(), view);
    }

    @Test
    void listsAContainersChangesAsDockerDiffWithTheParentsOfAChangeModified() throws Exception {
        changeContainerAndDiff();

        List<Change> changes = ((SnapshotDiffer) snapshotter).changes(key("container"));

        List<String> lines = changes.stream().map(c -> c.kind() + " " + c.path()).toList();
        assertTrue(lines.containsAll(List.of("MODIFIED /etc", "DELETED /etc/gone", "MODIFIED /motd",
                "ADDED /added", "ADDED /added-link", "ADDED /sl", "ADDED /cache/new")), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.endsWith(" /etc/keep")), lines.toString());
        assertEquals(lines.size(), changes.stream().map(Change::path).distinct().count(), "each path once");
        assertTrue(lines.indexOf("MODIFIED /etc") < lines.indexOf("DELETED /etc/gone"), "parent first");
        assertThrows(NotFound.class, () -> ((SnapshotDiffer) snapshotter).changes(key("missing")));
    }

    @Test
    void theDiffOfAContainerReproducesItsRootfsWhenAppliedOnTheSameParent() throws Exception {
        ChangedContainer changed = changeContainerAndDiff();

        List<Mount> replayMounts = snapshotter.prepare(key("replay"), Optional.of(key("base")));
        snapshotter.apply(key("replay"), new ByteArrayInputStream(changed.diff()));

        assertEquals(changed.view(), TreeListing.of(mount(replayMounts, "replay"), true));
    }

    @Test
    void aParentCannotBeRemovedWhileAChildIsBuiltOnIt() {
        snapshotter.prepare(key("base-active"), Optional.empty());
        snapshotter.commit(key("base"), key("base-active"));
        snapshotter.prepare(key("child"), Optional.of(key("base")));

        assertThrows(Conflict.class, () -> snapshotter.remove(key("base")));
        assertTrue(snapshotter.exists(key("base")));
        snapshotter.remove(key("child"));
        snapshotter.remove(key("base"));
        assertFalse(snapshotter.exists(key("base")));
        assertFalse(snapshotter.exists(key("child")));
    }

    @Test
    void reportsMissingAndMisusedSnapshotsWithTheirKinds() {
        snapshotter.prepare(key("active"), Optional.empty());

        assertThrows(Conflict.class, () -> snapshotter.prepare(key("active"), Optional.empty()));
        assertThrows(Conflict.class, () -> snapshotter.prepare(key("child"), Optional.of(key("active"))),
                "the parent must be committed");
        assertThrows(NotFound.class, () -> snapshotter.prepare(key("child"), Optional.of(key("missing"))));
        assertThrows(NotFound.class, () -> snapshotter.mounts(key("missing")));
        assertThrows(NotFound.class, () -> snapshotter.remove(key("missing")));
        snapshotter.commit(key("done"), key("active"));
        assertFalse(snapshotter.exists(key("active")));
        assertThrows(Conflict.class, () -> snapshotter.apply(key("done"), new LayerTar().file("f", "x").stream()));
        assertThrows(NotFound.class, () -> snapshotter.commit(key("again"), key("active")));
    }
}
