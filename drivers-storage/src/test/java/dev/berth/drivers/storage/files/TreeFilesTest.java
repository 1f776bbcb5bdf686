package dev.berth.drivers.storage.files;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.files.ContainerTree;
import dev.berth.domain.files.ExtractOptions;
import dev.berth.domain.files.PathStat;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TreeFilesTest {

    private static final ExtractOptions PLAIN = new ExtractOptions(false, Optional.empty());

    @TempDir
    Path dir;

    private final TreeFiles files = new TreeFiles();
    private ContainerTree tree;
    private Path rootfs;
    private Path volume;

    @BeforeEach
    void tree() throws IOException {
        rootfs = Files.createDirectories(dir.resolve("rootfs"));
        volume = Files.createDirectories(dir.resolve("volume"));
        Files.createDirectories(rootfs.resolve("data/d/2"));
        Files.writeString(rootfs.resolve("data/d/1"), "one");
        Files.writeString(rootfs.resolve("data/d/2/3"), "three");
        Files.setPosixFilePermissions(rootfs.resolve("data/d/2/3"), PosixFilePermissions.fromString("rwxr-x--x"));
        Files.createSymbolicLink(rootfs.resolve("link"), Path.of("/data/d"));
        Files.writeString(volume.resolve("v.txt"), "in volume");
        tree = new ContainerTree("box", rootfs, List.of(new ContainerTree.TreeMount("/vol", volume, false)));
    }

    @Test
    void statDescribesTheNodeInGoFileModeBits() {
        PathStat d = files.stat(tree, "/data/d");
        assertEquals("d", d.name());
        assertEquals(PathStat.DIRECTORY | 0755, d.mode() & (PathStat.DIRECTORY | 0777));
        PathStat file = files.stat(tree, "/data/d/2/3");
        assertEquals(0751, file.mode());
        assertEquals(5, file.size());
        PathStat link = files.stat(tree, "/link");
        assertTrue((link.mode() & PathStat.SYMLINK) != 0);
        assertEquals("/data/d", link.linkTarget());
    }

    @Test
    void aMissingPathIsNotFound() {
        NotFound e = assertThrows(NotFound.class, () -> files.stat(tree, "/nope"));
        assertEquals("Could not find the file /nope in container box", e.getMessage());
    }

    @Test
    void readPutsTheBaseNameAtTheTop() throws IOException {
        assertEquals(List.of("d/", "d/1", "d/2/", "d/2/3"), names(read("/data/d")));
        assertEquals(List.of("./", "./1", "./2/", "./2/3"), names(read("/data/d/.")));
        assertEquals(List.of("v.txt"), names(read("/vol/v.txt")));
        assertEquals(List.of("link"), names(read("/link")));
    }

    @Test
    void extractWritesBelowTheDirectoryThroughMounts() throws IOException {
        files.extract(tree, "/vol", tar(file("new/a.txt", "a")), PLAIN);
        assertEquals("a", Files.readString(volume.resolve("new/a.txt")));
        files.extract(tree, "/link", tar(file("b.txt", "b")), PLAIN);
        assertEquals("b", Files.readString(rootfs.resolve("data/d/b.txt")));
    }

    @Test
    void extractRefusesEntriesThatLeaveTheDirectory() {
        assertThrows(InvalidParameter.class, () -> files.extract(tree, "/data", tar(file("../evil", "x")), PLAIN));
        assertFalse(Files.exists(rootfs.resolve("evil")));
        assertFalse(Files.exists(dir.resolve("evil")));
    }

    @Test
    void extractOwnsFilesAsAskedAndHonoursNoOverwriteDirNonDir() throws IOException {
        files.extract(tree, "/data", tar(file("owned", "x")),
                new ExtractOptions(false, Optional.of(new ExtractOptions.Owner(1234, 5678))));
        assertEquals(1234, Files.getAttribute(rootfs.resolve("data/owned"), "unix:uid"));
        assertEquals(5678, Files.getAttribute(rootfs.resolve("data/owned"), "unix:gid"));
        assertThrows(InvalidParameter.class, () -> files.extract(tree, "/data",
                tar(file("d", "not a dir")), new ExtractOptions(true, Optional.empty())));
        assertTrue(Files.isDirectory(rootfs.resolve("data/d")));
    }

    @Test
    void extractingIntoAFileIsABadParameter() {
        assertThrows(InvalidParameter.class, () -> files.extract(tree, "/data/d/1", tar(file("x", "x")), PLAIN));
        assertThrows(NotFound.class, () -> files.extract(tree, "/missing", tar(file("x", "x")), PLAIN));
    }

    @Test
    void exportHoldsTheRootfsWithoutMounts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.export(tree, out);
        List<String> names = names(out.toByteArray());
        assertTrue(names.contains("data/d/2/3"));
        assertFalse(names.stream().anyMatch(n -> n.contains("v.txt")));
    }

    private byte[] read(String path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.read(tree, path, out);
        return out.toByteArray();
    }

    private static List<String> names(byte[] tar) throws IOException {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private record Entry(String name, String content) {
    }

    private static Entry file(String name, String content) {
        return new Entry(name, content);
    }

    private static ByteArrayInputStream tar(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            for (Entry entry : entries) {
                byte[] content = entry.content().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry header = new TarArchiveEntry(entry.name(), TarConstants.LF_NORMAL, true);
                header.setSize(content.length);
                header.setMode(0644);
                out.putArchiveEntry(header);
                out.write(content);
                out.closeArchiveEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
