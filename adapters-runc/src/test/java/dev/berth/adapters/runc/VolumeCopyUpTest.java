package dev.berth.adapters.runc;

import dev.berth.domain.container.MountPoint;
import dev.berth.domain.volume.VolumeMount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs as root (as berthd does): owners other than root's are part of what is checked. */
class VolumeCopyUpTest {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    @TempDir
    Path dir;
    private Path rootfs;
    private Path volume;

    @BeforeEach
    void imageWithAnEtcDirectory() throws Exception {
        rootfs = Files.createDirectories(dir.resolve("rootfs"));
        Path etc = Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/bin/sh\n");
        setOwnerAndMode(etc.resolve("passwd"), 0, 0, 0644);
        Path secret = Files.createDirectories(etc.resolve("secret"));
        Files.writeString(secret.resolve("key"), "k");
        setOwnerAndMode(secret.resolve("key"), 1234, 5678, 04750);
        setOwnerAndMode(secret, 1234, 5678, 0700);
        Files.createSymbolicLink(etc.resolve("mtab"), Path.of("/proc/mounts"));
        Files.createSymbolicLink(etc.resolve("relative"), Path.of("secret/key"));
        setOwnerAndMode(etc, 0, 0, 0755);
        volume = Files.createDirectories(dir.resolve("volume/_data"));
    }

    @Test
    void anEmptyVolumeGetsTheImagesContentWithModesOwnersAndSymlinks() throws Exception {
        VolumeCopyUp.populate(rootfs, mount(false));

        assertEquals("root:x:0:0:root:/root:/bin/sh\n", Files.readString(volume.resolve("passwd")));
        assertEquals(List.of(1234, 5678, 04750), ownerAndMode(volume.resolve("secret/key")));
        assertEquals(List.of(1234, 5678, 0700), ownerAndMode(volume.resolve("secret")));
        assertEquals(List.of(0, 0, 0755), ownerAndMode(volume));
        assertEquals(Path.of("/proc/mounts"), Files.readSymbolicLink(volume.resolve("mtab")));
        assertEquals(Path.of("secret/key"), Files.readSymbolicLink(volume.resolve("relative")));
    }

    @Test
    void aVolumeWithContentOrMountedWithNocopyIsLeftAsItIs() throws Exception {
        VolumeCopyUp.populate(rootfs, mount(true));
        assertFalse(Files.exists(volume.resolve("passwd")));

        Files.writeString(volume.resolve("mine"), "data");
        VolumeCopyUp.populate(rootfs, mount(false));
        assertFalse(Files.exists(volume.resolve("passwd")));
        assertTrue(Files.exists(volume.resolve("mine")));
    }

    @Test
    void aPathTheImageDoesNotHaveCopiesNothing() throws Exception {
        VolumeCopyUp.populate(rootfs, MountPoint.volume(VolumeMount.named("v1", false), "/nowhere", false)
                .resolvedTo(VolumeMount.named("v1", false), volume.toString()));
        try (var entries = Files.list(volume)) {
            assertEquals(0, entries.count());
        }
    }

    private MountPoint mount(boolean noCopy) {
        VolumeMount named = VolumeMount.named("v1", noCopy);
        return MountPoint.volume(named, "/etc", false).resolvedTo(named, volume.toString());
    }

    private static void setOwnerAndMode(Path path, int uid, int gid, int mode) throws Exception {
        Files.setAttribute(path, "unix:uid", uid, NOFOLLOW);
        Files.setAttribute(path, "unix:gid", gid, NOFOLLOW);
        Files.setAttribute(path, "unix:mode", mode, NOFOLLOW);
    }

    private static List<Integer> ownerAndMode(Path path) throws Exception {
        return List.of((Integer) Files.getAttribute(path, "unix:uid", NOFOLLOW),
                (Integer) Files.getAttribute(path, "unix:gid", NOFOLLOW),
                (Integer) Files.getAttribute(path, "unix:mode", NOFOLLOW) & 07777);
    }
}
