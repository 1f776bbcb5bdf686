package dev.berth.adapters.runc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RootfsPathTest {

    @TempDir
    Path rootfs;

    @Test
    void dotDotStopsAtTheRoot() throws IOException {
        assertEquals(rootfs.resolve("etc/passwd"), RootfsPath.resolve(rootfs, "/../../etc/passwd"));
    }

    @Test
    void absoluteSymlinksResolveInsideTheRootfs() throws IOException {
        Files.createDirectories(rootfs.resolve("real"));
        Files.createSymbolicLink(rootfs.resolve("link"), Path.of("/real"));
        assertEquals(rootfs.resolve("real/file"), RootfsPath.resolve(rootfs, "/link/file"));
    }

    @Test
    void relativeSymlinksCannotClimbOut() throws IOException {
        Files.createDirectories(rootfs.resolve("a"));
        Files.createSymbolicLink(rootfs.resolve("a/up"), Path.of("../../../../tmp"));
        assertEquals(rootfs.resolve("tmp/x"), RootfsPath.resolve(rootfs, "/a/up/x"));
    }

    @Test
    void missingComponentsAreKept() throws IOException {
        assertEquals(rootfs.resolve("work/new/dir"), RootfsPath.resolve(rootfs, "/work/./new//dir"));
    }
}
