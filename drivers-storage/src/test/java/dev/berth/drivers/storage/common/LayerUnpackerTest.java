package dev.berth.drivers.storage.common;

import dev.berth.domain.error.InvalidParameter;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.Set;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerUnpackerTest {

    @TempDir
    Path temp;
    Path layer;
    Path outside;
    final LayerUnpacker unpacker = new LayerUnpacker(new DeletingWhiteouts(), LowerLayers.NONE);

    @BeforeEach
    void createDirectories() throws Exception {
        layer = Files.createDirectories(temp.resolve("layer"));
        outside = Files.writeString(temp.resolve("outside"), "untouched");
    }

    @Test
    void anEntryReplacesASymlinkInsteadOfWritingThroughIt() throws Exception {
        unpacker.unpack(new LayerTar().symlink("trap", outside.toString()).file("trap", "replaced").stream(), layer);

        assertFalse(Files.isSymbolicLink(layer.resolve("trap")));
        assertEquals("replaced", Files.readString(layer.resolve("trap")));
        assertEquals("untouched", Files.readString(outside));
    }

    @Test
    void aDirectoryEntryMergesWithAnExistingDirectory() throws Exception {
        Files.createDirectories(layer.resolve("etc"));
        Files.writeString(layer.resolve("etc/kept"), "from below");

        unpacker.unpack(new LayerTar().dir("etc", 0700, 0, 0).file("etc/new", "n").stream(), layer);

        assertEquals("from below", Files.readString(layer.resolve("etc/kept")));
        assertEquals(040700, Files.getAttribute(layer.resolve("etc"), "unix:mode"));
    }

    @Test
    void absoluteNamesAreRejected() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry entry = new TarArchiveEntry(outside.toString(), true);
            entry.setSize(1);
            tar.putArchiveEntry(entry);
            tar.write('x');
            tar.closeArchiveEntry();
        }

        var stream = new ByteArrayInputStream(bytes.toByteArray());
        var rejected = assertThrows(InvalidParameter.class, () -> unpacker.unpack(stream, layer));
        assertEquals("invalid tar entry " + outside + ": path escapes the layer root", rejected.getMessage());
        assertEquals("untouched", Files.readString(outside));
    }

    @Test
    void aLayerCannotForgeOverlayMetadata() {
        var layerTar = new LayerTar().fileWithXattr("f", "x", "trusted.overlay.redirect", "/etc").stream();

        assertThrows(InvalidParameter.class, () -> unpacker.unpack(layerTar, layer));
    }

    @Test
    void aHardLinkToAMissingTargetIsRejected() {
        var layerTar = new LayerTar().hardlink("link", "nowhere").stream();

        assertThrows(InvalidParameter.class, () -> unpacker.unpack(layerTar, layer));
    }

    @Test
    void aHardLinkToADirectoryIsRejected() {
        var layerTar = new LayerTar().dir("d").hardlink("link", "d").stream();

        assertThrows(InvalidParameter.class, () -> unpacker.unpack(layerTar, layer));
    }

    @Test
    void aufsMetadataIsSkipped() throws Exception {
        unpacker.unpack(new LayerTar().dir(".wh..wh.plnk").file(".wh..wh.plnk/1.2", "x").file("kept", "k").stream(),
                layer);

        assertFalse(Files.exists(layer.resolve(".wh..wh.plnk"), LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(layer.resolve("kept")));
    }

    /** Whiteouts as plain deletions, enough to observe the unpacker alone. */
    private static final class DeletingWhiteouts implements WhiteoutWriter {
        @Override
        public void remove(Path path) throws IOException {
            FileTree.delete(path);
        }

        @Override
        public void opaque(Path directory, Set<Path> unpacked) {
            throw new AssertionError("no opaque directory expected");
        }
    }
}
