package dev.berth.drivers.storage.overlayfs;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.storage.Mount;
import dev.berth.domain.storage.SnapshotDiffer;
import dev.berth.domain.storage.SnapshotKey;
import dev.berth.domain.storage.Snapshotter;
import dev.berth.drivers.storage.common.FileTree;
import dev.berth.drivers.storage.common.LayerTar;
import dev.berth.drivers.storage.common.SnapshotterContract;
import dev.berth.drivers.storage.common.Syscalls;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OverlayfsSnapshotterTest extends SnapshotterContract {

    @Override
    protected Snapshotter open(Path root) {
        return new OverlayfsSnapshotter(root);
    }

    @Test
    void whiteoutsAreOverlayCharacterDevicesAndOpaqueDirectoriesCarryTheXattr() throws Exception {
        snapshotter.prepare(key("base-active"), Optional.empty());
        snapshotter.apply(key("base-active"), new LayerTar().dir("d").file("d/f", "x").stream());
        snapshotter.commit(key("base"), key("base-active"));
        snapshotter.prepare(key("child"), Optional.of(key("base")));

        snapshotter.apply(key("child"), new LayerTar().dir("d").whiteout("d/f").dir("o").opaque("o").stream());

        Path upper = root.resolve("snapshots/child/fs");
        assertEquals(020000, (Integer) Files.getAttribute(upper.resolve("d/f"), "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000);
        assertEquals(0L, Files.getAttribute(upper.resolve("d/f"), "unix:rdev", LinkOption.NOFOLLOW_LINKS));
        assertEquals("y", new String(Syscalls.lgetxattr(upper.resolve("o"), "trusted.overlay.opaque").orElseThrow(),
                StandardCharsets.US_ASCII));
    }

    @Test
    void aHardLinkToALowerFileCopiesItUpWithItsAttributes() throws Exception {
        snapshotter.prepare(key("base-active"), Optional.empty());
        snapshotter.apply(key("base-active"), new LayerTar()
                .dir("usr", 0711, 5, 6).file("usr/data", "shared", 0600, 7, 8).stream());
        snapshotter.commit(key("base"), key("base-active"));
        List<Mount> mounts = snapshotter.prepare(key("child"), Optional.of(key("base")));

        snapshotter.apply(key("child"), new LayerTar().hardlink("copy", "usr/data").stream());

        Path upper = root.resolve("snapshots/child/fs");
        assertEquals(040711, Files.getAttribute(upper.resolve("usr"), "unix:mode"), "parent copied up as it was");
        assertEquals(7, Files.getAttribute(upper.resolve("usr/data"), "unix:uid"));
        Path rootfs = mount(mounts, "child");
        assertEquals("shared", Files.readString(rootfs.resolve("copy")));
        assertEquals(Files.getAttribute(rootfs.resolve("usr/data"), "unix:ino"),
                Files.getAttribute(rootfs.resolve("copy"), "unix:ino"));
    }

    @Test
    void aParentTheTarDoesNotListComesUpWithItsLowerOwnerAndMode() throws Exception {
        snapshotter.prepare(key("base-active"), Optional.empty());
        snapshotter.apply(key("base-active"), new LayerTar()
                .dir("srv", 0750, 7, 8).dir("srv/data", 0700, 9, 9).file("srv/data/old", "o").stream());
        snapshotter.commit(key("base"), key("base-active"));
        List<Mount> mounts = snapshotter.prepare(key("child"), Optional.of(key("base")));

        snapshotter.apply(key("child"), new LayerTar().file("srv/new", "n").whiteout("srv/data/old").stream());

        Path rootfs = mount(mounts, "child");
        assertEquals(040750, Files.getAttribute(rootfs.resolve("srv"), "unix:mode"));
        assertEquals(7, Files.getAttribute(rootfs.resolve("srv"), "unix:uid"));
        assertEquals(040700, Files.getAttribute(rootfs.resolve("srv/data"), "unix:mode"));
        assertEquals(List.of("data", "new"), names(rootfs.resolve("srv")));
        assertEquals(List.of(), names(rootfs.resolve("srv/data")));
    }

    @Test
    void aBusyboxImageRunsFromTheMergedView() throws Exception {
        Path busybox = Path.of("/bin/busybox");
        assumeTrue(Files.isExecutable(busybox), "needs busybox-static on the host");
        snapshotter.prepare(key("busybox-active"), Optional.empty());
        Path layerTar = temp.resolve("busybox.tar");
        Files.createDirectories(temp.resolve("image/bin"));
        Files.copy(busybox, temp.resolve("image/bin/busybox"));
        Files.createSymbolicLink(temp.resolve("image/bin/sh"), Path.of("busybox"));
        Files.createSymbolicLink(temp.resolve("image/bin/cat"), Path.of("busybox"));
        run("tar", "-C", temp.resolve("image").toString(), "-cf", layerTar.toString(), ".");
        try (var in = Files.newInputStream(layerTar)) {
            snapshotter.apply(key("busybox-active"), in);
        }
        snapshotter.commit(key("busybox"), key("busybox-active"));
        snapshotter.prepare(key("app-active"), Optional.of(key("busybox")));
        snapshotter.apply(key("app-active"), new LayerTar().dir("app").file("app/greeting", "hello from berth").stream());
        snapshotter.commit(key("app"), key("app-active"));

        Path rootfs = mount(snapshotter.prepare(key("container"), Optional.of(key("app"))), "container");

        assertEquals("hello from berth", run("chroot", rootfs.toString(), "/bin/sh", "-c", "PATH=/bin cat /app/greeting"));
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "command did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void aDeepChainOfLayersFitsInOneOverlayMountUntilThePageIsFull() throws Exception {
        int layers = 50;
        SnapshotKey top = chainOf(layers);
        List<Mount> mounts = snapshotter.prepare(key("container"), Optional.of(top));

        Path rootfs = mount(mounts, "deep");
        for (int i = 0; i < layers; i++) {
            assertEquals(Integer.toString(i), Files.readString(rootfs.resolve("layer-" + i)));
        }
        assertThrows(SystemFault.class, () -> chainOf(100), "more layers than one page of options can name");
        assertEquals(List.of(), names(root.resolve("snapshots")).stream().filter(name -> name.startsWith("extract-")).toList(),
                "the snapshot that could not be mounted is gone");
    }

    @Test
    void theChangesOfAMountedSnapshotComeBackAsALayerThatReproducesThem() throws Exception {
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
        unmountAll();

        ByteArrayOutputStream diff = new ByteArrayOutputStream();
        ((SnapshotDiffer) snapshotter).diff(key("container"), diff);

        assertEquals(List.of("added", "added-link", "cache/", "cache/.wh..wh..opq", "cache/new", "etc/",
                "etc/.wh.gone", "motd", "sl"), entryNames(diff.toByteArray()));
        List<Mount> replayMounts = snapshotter.prepare(key("replay"), Optional.of(key("base")));
        snapshotter.apply(key("replay"), new ByteArrayInputStream(diff.toByteArray()));
        Path replay = mount(replayMounts, "replay");
        assertEquals("changed", Files.readString(replay.resolve("motd")));
        assertEquals("k", Files.readString(replay.resolve("etc/keep")));
        assertFalse(Files.exists(replay.resolve("etc/gone"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of("new"), names(replay.resolve("cache")));
        assertEquals(42, Files.getAttribute(replay.resolve("added-link"), "unix:uid"));
        assertEquals(Files.getAttribute(replay.resolve("added"), "unix:ino"),
                Files.getAttribute(replay.resolve("added-link"), "unix:ino"));
        assertEquals(Path.of("motd"), Files.readSymbolicLink(replay.resolve("sl")));
    }

    private static List<String> entryNames(byte[] tar) throws Exception {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** Commits {@code layers} one-file layers on top of each other and returns the topmost. */
    private SnapshotKey chainOf(int layers) {
        Optional<SnapshotKey> parent = Optional.empty();
        for (int i = 0; i < layers; i++) {
            SnapshotKey chainId = key("%064x".formatted(i + 1));
            if (!snapshotter.exists(chainId)) {
                SnapshotKey active = key("extract-" + i);
                snapshotter.prepare(active, parent);
                snapshotter.apply(active, new LayerTar().file("layer-" + i, Integer.toString(i)).stream());
                snapshotter.commit(chainId, active);
            }
            parent = Optional.of(chainId);
        }
        return parent.orElseThrow();
    }
}
