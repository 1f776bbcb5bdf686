package dev.berth.drivers.storage.files;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.files.ContainerTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContainerPathsTest {

    @TempDir
    Path dir;

    private ContainerPaths paths(List<ContainerTree.TreeMount> mounts) throws Exception {
        Path rootfs = Files.createDirectories(dir.resolve("rootfs"));
        Files.createDirectories(rootfs.resolve("etc"));
        return new ContainerPaths(new ContainerTree("c", rootfs, mounts));
    }

    @Test
    void anAbsoluteSymlinkStaysInTheRootfs() throws Exception {
        ContainerPaths paths = paths(List.of());
        Files.createSymbolicLink(dir.resolve("rootfs/host-etc"), Path.of("/etc"));
        assertEquals(dir.resolve("rootfs/etc/passwd"), paths.resolve("/host-etc/passwd", false).host());
        assertEquals(dir.resolve("rootfs/etc"), paths.resolve("/host-etc", true).host());
    }

    @Test
    void dotDotClimbsNoHigherThanTheRoot() throws Exception {
        ContainerPaths paths = paths(List.of());
        Files.createSymbolicLink(dir.resolve("rootfs/up"), Path.of("../../../../.."));
        assertEquals(dir.resolve("rootfs/etc/shadow"), paths.resolve("/up/etc/shadow", false).host());
        assertEquals(dir.resolve("rootfs/etc"), paths.resolve("/../../etc", false).host());
    }

    @Test
    void aLastSymlinkIsKeptUnlessFollowed() throws Exception {
        ContainerPaths paths = paths(List.of());
        Files.createSymbolicLink(dir.resolve("rootfs/link"), Path.of("etc"));
        assertEquals(dir.resolve("rootfs/link"), paths.resolve("/link", false).host());
        assertEquals("/etc", paths.resolve("/link", true).containerPath());
    }

    @Test
    void aSymlinkLoopIsRefused() throws Exception {
        ContainerPaths paths = paths(List.of());
        Files.createSymbolicLink(dir.resolve("rootfs/a"), Path.of("b"));
        Files.createSymbolicLink(dir.resolve("rootfs/b"), Path.of("a"));
        assertThrows(InvalidParameter.class, () -> paths.resolve("/a/x", false));
    }

    @Test
    void aPathInAMountIsInItsSource() throws Exception {
        Path volume = Files.createDirectories(dir.resolve("volume"));
        Path inner = Files.createDirectories(dir.resolve("inner"));
        ContainerPaths paths = paths(List.of(new ContainerTree.TreeMount("/data", volume, false),
                new ContainerTree.TreeMount("/data/inner", inner, true)));
        assertEquals(volume.resolve("x/y"), paths.resolve("/data/x/y", false).host());
        assertEquals(inner.resolve("z"), paths.resolve("/data/inner/z", false).host());
        assertEquals(dir.resolve("rootfs/database"), paths.resolve("/database", false).host());
    }

    @Test
    void aSymlinkInAVolumeLeadsIntoTheContainerNotTheHost() throws Exception {
        Path volume = Files.createDirectories(dir.resolve("volume"));
        Files.createSymbolicLink(volume.resolve("escape"), Path.of("/"));
        ContainerPaths paths = paths(List.of(new ContainerTree.TreeMount("/data", volume, false)));
        assertEquals(dir.resolve("rootfs/etc"), paths.resolve("/data/escape/etc", false).host());
    }
}
