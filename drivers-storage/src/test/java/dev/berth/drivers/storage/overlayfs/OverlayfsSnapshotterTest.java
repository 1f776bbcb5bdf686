package dev.berth.drivers.storage.overlayfs;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.storage.Mount;
import dev.berth.domain.storage.SnapshotKey;
import dev.berth.domain.storage.Snapshotter;
import dev.berth.drivers.storage.common.LayerTar;
import dev.berth.drivers.storage.common.SnapshotterContract;
import dev.berth.drivers.storage.common.Syscalls;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void usageCountsOnlyTheSnapshotsOwnChanges() {
        snapshotter.prepare(key("base-active"), Optional.empty());
        snapshotter.apply(key("base-active"), new LayerTar().file("big", "x".repeat(5000)).stream());
        snapshotter.commit(key("base"), key("base-active"));
        snapshotter.prepare(key("child"), Optional.of(key("base")));

        snapshotter.apply(key("child"), new LayerTar().file("new", "12345").stream());

        assertEquals(5, snapshotter.usage(key("child")));
        assertEquals(5000, snapshotter.usage(key("base")));
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
    void aRootTheOverlayOptionsCannotNameIsRefused() {
        assertThrows(InvalidParameter.class, () -> open(temp.resolve("a,b")));
        assertThrows(InvalidParameter.class, () -> open(temp.resolve("a:b")));
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
    void theDiffIsTheUpperDirectoryWithKernelWhiteoutsAndOpaqueDirectoriesAsTarNames() throws Exception {
        ChangedContainer changed = changeContainerAndDiff();

        assertEquals(List.of("added", "added-link", "cache/", "cache/.wh..wh..opq", "cache/new", "etc/",
                "etc/.wh.gone", "motd", "sl"), entryNames(changed.diff()));
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
