package dev.berth.plugins.sdk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FileTreeTest {

    @TempDir
    Path dir;

    @Test
    void sizeCountsRegularFilesOnceAndNeverFollowsSymlinks(@TempDir Path outside) throws Exception {
        Files.write(outside.resolve("big"), new byte[10_000]);
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Files.write(tree.resolve("a"), new byte[100]);
        Files.createLink(tree.resolve("a-again"), tree.resolve("a"));
        Files.write(dir.resolve("tree/b"), new byte[20]);
        Files.createSymbolicLink(tree.resolve("out"), outside);
        Files.createSymbolicLink(tree.resolve("big"), outside.resolve("big"));

        assertEquals(120, FileTree.size(dir.resolve("tree")));
        assertEquals(0, FileTree.size(dir.resolve("missing")));
    }

    @Test
    void deleteRemovesTheTreeButNotWhatItsSymlinksPointTo(@TempDir Path outside) throws Exception {
        Files.write(outside.resolve("keep"), new byte[1]);
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.createSymbolicLink(tree.resolve("out"), outside);

        FileTree.delete(tree);

        assertFalse(Files.exists(tree));
        assertEquals(1, Files.size(outside.resolve("keep")));
    }
}
