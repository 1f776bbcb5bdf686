package dev.berth.drivers.storage.image;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageRecord;
import dev.berth.domain.image.ImageReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileImageStoreTest {

    private static final ImageId ONE = new ImageId(new Digest("1".repeat(64)));
    private static final ImageId TWO = new ImageId(new Digest("2".repeat(64)));
    private static final ImageReference APP = ImageReference.parse("localhost:5000/a/b:v1");

    @TempDir
    Path root;

    @Test
    void recordsAndReferencesSurviveAReload() {
        var store = new FileImageStore(root);
        store.put(new ImageRecord(ONE, List.of(10L, 20L)));
        store.put(new ImageRecord(TWO, List.of()));
        store.tag(APP, ONE);

        var reloaded = new FileImageStore(root);
        assertEquals(List.of(10L, 20L), reloaded.image(ONE).orElseThrow().layerSizes());
        assertEquals(30L, reloaded.image(ONE).orElseThrow().size());
        assertTrue(reloaded.image(TWO).isPresent());
        assertEquals(Map.of(APP, ONE), reloaded.references());
    }

    @Test
    void movingATagReportsThePreviousImage() {
        var store = new FileImageStore(root);
        store.put(new ImageRecord(ONE, List.of()));
        store.put(new ImageRecord(TWO, List.of()));
        assertEquals(Optional.empty(), store.tag(APP, ONE));
        assertEquals(Optional.empty(), store.tag(APP, ONE));
        assertEquals(Optional.of(ONE), store.tag(APP, TWO));
        assertEquals(TWO, new FileImageStore(root).references().get(APP));
    }

    @Test
    void removingAnImageDropsItsReferencesOnDisk() {
        var store = new FileImageStore(root);
        store.put(new ImageRecord(ONE, List.of()));
        store.tag(APP, ONE);
        store.tag(ImageReference.parse("busybox"), ONE);
        store.remove(ONE);

        var reloaded = new FileImageStore(root);
        assertTrue(reloaded.images().isEmpty());
        assertTrue(reloaded.references().isEmpty());
    }

    @Test
    void untagReportsWhetherTheReferenceExisted() {
        var store = new FileImageStore(root);
        store.put(new ImageRecord(ONE, List.of()));
        store.tag(APP, ONE);
        assertTrue(store.untag(APP));
        assertFalse(store.untag(APP));
        assertTrue(new FileImageStore(root).references().isEmpty());
    }

    @Test
    void aFailedWriteChangesNothing() throws IOException {
        var store = new FileImageStore(root);
        store.put(new ImageRecord(ONE, List.of()));
        Files.delete(root.resolve("images.json"));
        Files.createDirectories(root.resolve("images.json").resolve("in-the-way")); // a file cannot replace it
        assertThrows(SystemFault.class, () -> store.tag(APP, ONE));
        assertTrue(store.references().isEmpty());
    }

    @Test
    void writesLeaveNoTempFiles() throws IOException {
        var store = new FileImageStore(root);
        store.put(new ImageRecord(ONE, List.of()));
        store.tag(APP, ONE);
        try (var files = Files.list(root)) {
            assertEquals(List.of(root.resolve("images.json")), files.toList());
        }
    }
}
