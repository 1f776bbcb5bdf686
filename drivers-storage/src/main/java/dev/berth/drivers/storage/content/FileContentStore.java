package dev.berth.drivers.storage.content;

import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.Digest;
import dev.berth.domain.storage.BlobWriter;
import dev.berth.domain.storage.ContentStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Blobs on disk as {@code <root>/blobs/sha256/<hex>}. Writes land in {@code <root>/ingest} (same filesystem, so the
 * final rename is atomic) and only appear under their digest once verified and synced.
 */
public final class FileContentStore implements ContentStore {

    private final Path blobs;
    private final Path ingest;

    public FileContentStore(Path root) {
        this.blobs = root.resolve("blobs").resolve(Digest.ALGORITHM);
        this.ingest = root.resolve("ingest");
        try {
            Files.createDirectories(blobs);
            Files.createDirectories(ingest);
            clearAbandonedIngests();
        } catch (IOException e) {
            throw new SystemFault("cannot prepare the content store in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Ingests left by a crash can never be committed: their writers are gone. */
    private void clearAbandonedIngests() throws IOException {
        try (var files = Files.list(ingest)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public boolean exists(Digest digest) {
        return Files.isRegularFile(path(digest));
    }

    @Override
    public InputStream open(Digest digest) {
        try {
            return Files.newInputStream(path(digest));
        } catch (NoSuchFileException e) {
            throw new NotFound("content " + digest + ": not found", e);
        } catch (IOException e) {
            throw new SystemFault("cannot read content " + digest + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Long> size(Digest digest) {
        try {
            return Optional.of(Files.size(path(digest)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SystemFault("cannot stat content " + digest + ": " + e.getMessage(), e);
        }
    }

    @Override
    public BlobWriter writer() {
        try {
            return new FileBlobWriter(Files.createTempFile(ingest, "ingest-", ".tmp"), blobs);
        } catch (IOException e) {
            throw new SystemFault("cannot start a content ingest: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(Digest digest) {
        try {
            Files.deleteIfExists(path(digest));
        } catch (IOException e) {
            throw new SystemFault("cannot delete content " + digest + ": " + e.getMessage(), e);
        }
    }

    private Path path(Digest digest) {
        return blobs.resolve(digest.hex());
    }
}
