package dev.berth.drivers.storage.content;

import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.Digest;
import dev.berth.domain.storage.BlobWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileContentStoreTest {

    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path root;

    @Test
    void committedBlobIsStoredUnderItsDigest() throws IOException {
        var store = new FileContentStore(root);
        Digest digest;
        try (BlobWriter writer = store.writer()) {
            writer.stream().write(HELLO);
            assertEquals(Digest.of(HELLO), writer.digest());
            digest = writer.commit(Digest.of(HELLO));
        }
        assertEquals(Digest.of(HELLO), digest);
        assertTrue(Files.isRegularFile(root.resolve("blobs/sha256/" + digest.hex())));
        assertEquals(5L, store.size(digest).orElseThrow());
        try (InputStream in = store.open(digest)) {
            assertArrayEquals(HELLO, in.readAllBytes());
        }
        assertEmptyIngest();
    }

    @Test
    void digestMismatchIsConflictAndLeavesNothing() throws IOException {
        var store = new FileContentStore(root);
        Digest other = Digest.of("other".getBytes(StandardCharsets.US_ASCII));
        try (BlobWriter writer = store.writer()) {
            writer.stream().write(HELLO);
            Conflict e = assertThrows(Conflict.class, () -> writer.commit(other));
            assertTrue(e.getMessage().contains("expected " + other), e.getMessage());
        }
        assertFalse(store.exists(Digest.of(HELLO)));
        assertFalse(store.exists(other));
        assertEmptyIngest();
    }

    @Test
    void closingWithoutCommitDiscards() throws IOException {
        var store = new FileContentStore(root);
        try (BlobWriter writer = store.writer()) {
            writer.stream().write(HELLO);
        }
        assertFalse(store.exists(Digest.of(HELLO)));
        assertEmptyIngest();
    }

    @Test
    void committingExistingContentAgainKeepsOneBlob() throws IOException {
        var store = new FileContentStore(root);
        for (int i = 0; i < 2; i++) {
            try (BlobWriter writer = store.writer()) {
                writer.stream().write(HELLO);
                writer.commit(null);
            }
        }
        try (var files = Files.list(root.resolve("blobs/sha256"))) {
            assertEquals(1, files.count());
        }
        assertEmptyIngest();
    }

    @Test
    void missingBlobIsNotFoundAndDeleteRemoves() throws IOException {
        var store = new FileContentStore(root);
        Digest digest = Digest.of(HELLO);
        assertThrows(NotFound.class, () -> store.open(digest));
        assertTrue(store.size(digest).isEmpty());
        try (BlobWriter writer = store.writer()) {
            writer.stream().write(HELLO);
            writer.commit(null);
        }
        store.delete(digest);
        assertFalse(store.exists(digest));
    }

    @Test
    void abandonedIngestsAreClearedAtStart() throws IOException {
        new FileContentStore(root);
        Files.writeString(root.resolve("ingest/ingest-crashed.tmp"), "partial");
        new FileContentStore(root);
        assertEmptyIngest();
    }

    private void assertEmptyIngest() throws IOException {
        try (var files = Files.list(root.resolve("ingest"))) {
            assertEquals(0, files.count());
        }
    }
}
