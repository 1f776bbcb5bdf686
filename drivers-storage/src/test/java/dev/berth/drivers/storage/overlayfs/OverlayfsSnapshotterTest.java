package dev.berth.drivers.storage.overlayfs;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
