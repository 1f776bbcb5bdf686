package dev.berth.drivers.storage.common;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RootedPathTest {

    @TempDir
    Path root;

    @Test
    void namesAreCleanedLexically() {
        assertEquals("a/c", RootedPath.normalize("./a//b/../c/"));
        assertEquals("", RootedPath.normalize("./"));
        assertEquals("x", RootedPath.normalize("a/../x"));
    }

    @Test
    void namesClimbingOutOrAbsoluteAreRejected() {
        assertThrows(InvalidParameter.class, () -> RootedPath.normalize("../x"));
        assertThrows(InvalidParameter.class, () -> RootedPath.normalize("a/../../x"));
        assertThrows(InvalidParameter.class, () -> RootedPath.normalize("/etc/passwd"));
    }

    @Test
    void parentSymlinksAreFollowedInsideTheRoot() throws Exception {
        Files.createDirectories(root.resolve("usr/lib"));
        Files.createSymbolicLink(root.resolve("lib"), Path.of("usr/lib"));
        Files.createSymbolicLink(root.resolve("abs"), Path.of("/usr/lib"));

        RootedPath rooted = new RootedPath(root);

        assertEquals(root.resolve("usr/lib/libc.so"), rooted.resolve("lib/libc.so"));
        assertEquals(root.resolve("usr/lib/libc.so"), rooted.resolve("abs/libc.so"), "absolute targets start at the root");
        assertEquals(root.resolve("lib"), rooted.resolve("lib"), "the last component is never followed");
    }

    @Test
    void aSymlinkClimbingAboveTheRootIsRejected() throws Exception {
        Files.createDirectories(root.resolve("d"));
        Files.createSymbolicLink(root.resolve("d/up"), Path.of("../.."));
        Files.createSymbolicLink(root.resolve("loop"), Path.of("loop"));

        RootedPath rooted = new RootedPath(root);

        assertThrows(InvalidParameter.class, () -> rooted.resolve("d/up/x"));
        assertThrows(InvalidParameter.class, () -> rooted.resolve("loop/x"));
    }
}
