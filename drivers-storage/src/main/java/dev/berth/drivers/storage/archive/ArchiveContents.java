package dev.berth.drivers.storage.archive;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.Digest;
import dev.berth.domain.storage.BlobWriter;
import dev.berth.domain.storage.ContentStore;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one pass over an archive tar left: the small metadata files in memory, every other file streamed
 * (uncompressed) into the content store and known by the digest it got there, and the links between names.
 * One pass, because {@code docker load} reads a stream and the manifest may come last.
 */
final class ArchiveContents {

    private static final Set<String> METADATA = Set.of("manifest.json", "repositories", "index.json", "oci-layout");
    private static final int MAX_METADATA_BYTES = 16 << 20;
    private static final int MAX_LINK_HOPS = 16;

    private final Map<String, byte[]> metadata = new HashMap<>();
    private final Map<String, Digest> stored = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();

    private ArchiveContents() {
    }

    static ArchiveContents ingest(InputStream archive, ContentStore blobs) throws IOException {
        var contents = new ArchiveContents();
        var tar = new TarArchiveInputStream(decompressed(new BufferedInputStream(archive)));
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            String name = normalise(entry.getName());
            if (entry.isSymbolicLink()) {
                contents.links.put(name, resolveRelative(name, entry.getLinkName()));
            } else if (entry.isLink()) {
                contents.links.put(name, normalise(entry.getLinkName()));
            } else if (entry.isFile() && METADATA.contains(name)) {
                if (entry.getSize() > MAX_METADATA_BYTES) {
                    throw new InvalidParameter("invalid archive: " + name + " is too large");
                }
                contents.metadata.put(name, tar.readAllBytes());
            } else if (entry.isFile()) {
                contents.stored.put(name, store(tar, blobs));
            }
        }
        return contents;
    }

    /** Layers (and whole archives) may be gzip-compressed; the content store keeps them uncompressed. */
    private static InputStream decompressed(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GzipCompressorInputStream(in, true) : in;
    }

    private static Digest store(InputStream entry, ContentStore blobs) throws IOException {
        try (BlobWriter writer = blobs.writer();
             InputStream content = decompressed(new BufferedInputStream(new KeepOpen(entry)))) {
            content.transferTo(writer.stream());
            return writer.commit(null);
        }
    }

    private static String normalise(String name) {
        String result = name;
        while (result.startsWith("./") || result.startsWith("/")) {
            result = result.substring(result.startsWith("./") ? 2 : 1);
        }
        return result;
    }

    private static String resolveRelative(String name, String target) {
        if (target.startsWith("/")) {
            return normalise(target);
        }
        var parts = new ArrayDeque<String>();
        int slash = name.lastIndexOf('/');
        if (slash > 0) {
            for (String part : name.substring(0, slash).split("/")) {
                parts.addLast(part);
            }
        }
        for (String part : target.split("/")) {
            switch (part) {
                case "", "." -> { }
                case ".." -> parts.pollLast();
                default -> parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    boolean hasMetadata(String name) {
        return metadata.containsKey(name);
    }

    byte[] metadata(String name) {
        byte[] content = metadata.get(name);
        if (content == null) {
            throw new InvalidParameter("invalid archive: missing " + name);
        }
        return content;
    }

    /** The digest under which the file {@code name} (after following links) went into the content store. */
    Digest digestOf(String name) {
        return find(name).orElseThrow(() -> new InvalidParameter("invalid archive: missing " + name));
    }

    Optional<Digest> find(String name) {
        String current = normalise(name);
        for (int hop = 0; hop < MAX_LINK_HOPS && links.containsKey(current); hop++) {
            current = links.get(current);
        }
        return Optional.ofNullable(stored.get(current));
    }

    /** Stops decompressors and buffers from closing the tar stream when they are done with one entry. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the tar stream outlives its entries
        }
    }
}
