package dev.berth.application.image;

import dev.berth.domain.image.ArchiveImage;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageArchive;
import dev.berth.domain.storage.BlobWriter;
import dev.berth.domain.storage.ContentStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Archives as tokens: a test packs images and blobs and loads the token's bytes; a save packs what it is given,
 * so a later load of its output restores it. Reading streams every blob into the store, as the real reader does.
 */
final class FakeArchive implements ImageArchive {

    record Packed(List<ArchiveImage> images, List<byte[]> blobs) {
    }

    private final Map<String, Packed> archives = new HashMap<>();
    private final List<List<ArchiveImage>> written = new ArrayList<>();
    private Runnable afterBlobs = () -> { };

    /** Runs {@code action} once the next read has streamed its blobs, before it returns (to race it). */
    void afterNextRead(Runnable action) {
        afterBlobs = action;
    }

    byte[] pack(Packed packed) {
        String token = "archive-" + archives.size();
        archives.put(token, packed);
        return token.getBytes(StandardCharsets.UTF_8);
    }

    List<List<ArchiveImage>> written() {
        return written;
    }

    @Override
    public List<ArchiveImage> read(InputStream archive, ContentStore blobs) {
        try {
            Packed packed = archives.get(new String(archive.readAllBytes(), StandardCharsets.UTF_8));
            for (byte[] blob : packed.blobs()) {
                try (BlobWriter writer = blobs.writer()) {
                    writer.stream().write(blob);
                    writer.commit(null);
                }
            }
            Runnable action = afterBlobs;
            afterBlobs = () -> { };
            action.run();
            return packed.images();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(List<ArchiveImage> images, ContentStore blobs, OutputStream out) {
        try {
            var contents = new ArrayList<byte[]>();
            for (ArchiveImage image : images) {
                contents.add(read(blobs, image.config()));
                for (Digest layer : image.layers()) {
                    contents.add(read(blobs, layer));
                }
            }
            written.add(images);
            out.write(pack(new Packed(images, contents)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(ContentStore blobs, Digest digest) throws IOException {
        try (InputStream in = blobs.open(digest)) {
            return in.readAllBytes();
        }
    }
}
