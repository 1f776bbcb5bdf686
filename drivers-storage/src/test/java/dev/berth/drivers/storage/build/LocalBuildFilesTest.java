package dev.berth.drivers.storage.build;

import dev.berth.domain.build.BuildFiles.CopySpec;
import dev.berth.domain.build.DockerIgnore;
import dev.berth.domain.error.InvalidParameter;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalBuildFilesTest {

    @TempDir
    Path dir;
    private Path context;
    private final LocalBuildFiles files = new LocalBuildFiles(Path.of("unused"));

    @BeforeEach
    void context() throws IOException {
        context = dir.resolve("ctx");
        Files.createDirectories(context.resolve("src/sub"));
        Files.writeString(context.resolve("a.txt"), "a");
        Files.writeString(context.resolve("b.txt"), "b");
        Files.writeString(context.resolve("src/one"), "1");
        Files.writeString(context.resolve("src/sub/two"), "2");
        Files.write(context.resolve("archive.tar"), tar(Map.of("inner.txt", "inner")));
    }

    @Test
    void aFileLandsAtTheDestinationOrInsideADirectoryDestination() {
        assertEquals(Map.of("copied/hello.txt", "a"), copy(List.of("a.txt"), "/copied/hello.txt", false));
        assertEquals(Map.of("dest/a.txt", "a"), copy(List.of("a.txt"), "/dest/", false));
    }

    @Test
    void aDirectoryContributesItsContentsAndWildcardsMatchInOneDirectory() {
        assertEquals(Map.of("app/one", "1", "app/sub/", "", "app/sub/two", "2"),
                copy(List.of("src"), "/app", false));
        assertEquals(Map.of("d/a.txt", "a", "d/b.txt", "b"), copy(List.of("*.txt"), "/d/", false));
    }

    @Test
    void addUnpacksALocalTarAndCopyDoesNot() {
        assertEquals(Map.of("added/inner.txt", "inner"), copy(List.of("archive.tar"), "/added/", true));
        assertTrue(copy(List.of("archive.tar"), "/added/", false).containsKey("added/archive.tar"));
    }

    @Test
    void ownersAndModeAreTheRequestedOnes() throws IOException {
        var out = new ByteArrayOutputStream();
        files.writeCopy(new CopySpec(context, List.of("a.txt"), "/x", 1000, 1001, 0600, false), out);
        try (var in = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            TarArchiveEntry entry = in.getNextEntry();
            assertEquals(1000, entry.getLongUserId());
            assertEquals(1001, entry.getLongGroupId());
            assertEquals(0600, entry.getMode() & 07777);
        }
    }

    @Test
    void theSameFilesGiveTheSameTar() {
        var first = new ByteArrayOutputStream();
        var second = new ByteArrayOutputStream();
        var spec = new CopySpec(context, List.of("."), "/ctx/", null, null, null, false);
        files.writeCopy(spec, first);
        files.writeCopy(spec, second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
    }

    @Test
    void sourcesOutsideTheContextMissingOnesAndSeveralToAFileAreRefused() {
        assertThrows(InvalidParameter.class, () -> copy(List.of("../etc/passwd"), "/x", false));
        assertThrows(InvalidParameter.class, () -> copy(List.of("missing.txt"), "/x", false));
        assertThrows(InvalidParameter.class, () -> copy(List.of("a.txt", "b.txt"), "/x", false));
    }

    @Test
    void pruneRemovesWhatTheIgnoreFileExcludesButKeepsExceptions() {
        files.prune(context, DockerIgnore.parse("*.txt\n!b.txt\nsrc\n"));
        assertFalse(Files.exists(context.resolve("a.txt")));
        assertTrue(Files.exists(context.resolve("b.txt")));
        assertFalse(Files.exists(context.resolve("src")));
        assertTrue(Files.exists(context.resolve("archive.tar")));
    }

    @Test
    void aContextTarUnpacksAndItsFilesAreReadable() throws IOException {
        Path unpacked = dir.resolve("unpacked");
        files.unpackContext(new ByteArrayInputStream(tar(Map.of("Dockerfile", "FROM x\n"))), unpacked);
        assertEquals("FROM x\n", files.readText(unpacked, "Dockerfile").orElseThrow());
        assertTrue(files.readText(unpacked, "../ctx/a.txt").isEmpty(), "nothing outside the context");
    }

    private Map<String, String> copy(List<String> sources, String destination, boolean add) {
        var out = new ByteArrayOutputStream();
        files.writeCopy(new CopySpec(context, sources, destination, null, null, null, add), out);
        Map<String, String> entries = new LinkedHashMap<>();
        try (var in = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return entries;
    }

    private static byte[] tar(Map<String, String> files) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new TarArchiveOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                var entry = new TarArchiveEntry(file.getKey());
                entry.setSize(content.length);
                out.putArchiveEntry(entry);
                out.write(content);
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
