package dev.berth.drivers.storage.archive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.ArchiveImage;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.storage.ContentStore;
import dev.berth.drivers.storage.common.NonClosingOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the {@code docker save} layout: {@code <config hex>.json}, {@code <diffID hex>/layer.tar} (+ VERSION),
 * {@code manifest.json} and the legacy {@code repositories}. Blobs are streamed from the content store; a layer
 * shared by several images is written once.
 */
final class DockerArchiveWriter {

    private static final FileTime EPOCH = FileTime.from(Instant.EPOCH);

    private final ObjectMapper json;
    private final ContentStore blobs;

    DockerArchiveWriter(ObjectMapper json, ContentStore blobs) {
        this.json = json;
        this.blobs = blobs;
    }

    void write(List<ArchiveImage> images, OutputStream out) throws IOException {
        var tar = new TarArchiveOutputStream(new NonClosingOutputStream(out), StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        var manifest = new ArrayList<ManifestEntry>();
        Map<String, Map<String, String>> repositories = new LinkedHashMap<>();
        Set<Digest> writtenLayers = new HashSet<>();
        Set<Digest> writtenConfigs = new HashSet<>();
        for (ArchiveImage image : images) {
            String configName = image.config().hex() + ".json";
            if (writtenConfigs.add(image.config())) {
                putBlob(tar, configName, image.config());
            }
            var layerNames = new ArrayList<String>();
            for (Digest layer : image.layers()) {
                String dir = layer.hex();
                if (writtenLayers.add(layer)) {
                    putDirectory(tar, dir + "/");
                    putBytes(tar, dir + "/VERSION", "1.0".getBytes(StandardCharsets.US_ASCII));
                    putBlob(tar, dir + "/layer.tar", layer);
                }
                layerNames.add(dir + "/layer.tar");
            }
            List<String> tags = image.repoTags().stream().map(ImageReference::familiar).toList();
            manifest.add(new ManifestEntry(configName, tags.isEmpty() ? null : tags, layerNames));
            if (!image.layers().isEmpty()) {
                for (ImageReference tag : image.repoTags()) {
                    repositories.computeIfAbsent(tag.familiarRepository(), r -> new LinkedHashMap<>())
                            .put(tag.tag(), image.layers().getLast().hex());
                }
            }
        }
        putBytes(tar, DockerManifest.FILE_NAME, json.writeValueAsBytes(manifest));
        if (!repositories.isEmpty()) {
            putBytes(tar, "repositories", json.writeValueAsBytes(repositories));
        }
        tar.finish();
        tar.close();
    }

    private void putBlob(TarArchiveOutputStream tar, String name, Digest digest) throws IOException {
        long size = blobs.size(digest).orElseThrow(() -> new NotFound("content " + digest + ": not found"));
        TarArchiveEntry entry = fileEntry(name, size);
        tar.putArchiveEntry(entry);
        try (InputStream in = blobs.open(digest)) {
            in.transferTo(tar);
        }
        tar.closeArchiveEntry();
    }

    private static void putBytes(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        tar.putArchiveEntry(fileEntry(name, content.length));
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static void putDirectory(TarArchiveOutputStream tar, String name) throws IOException {
        var entry = new TarArchiveEntry(name);
        entry.setLastModifiedTime(EPOCH);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static TarArchiveEntry fileEntry(String name, long size) {
        var entry = new TarArchiveEntry(name);
        entry.setSize(size);
        entry.setMode(0100644);
        entry.setLastModifiedTime(EPOCH);
        return entry;
    }

    record ManifestEntry(@JsonProperty("Config") String config,
                         @JsonProperty("RepoTags") List<String> repoTags,
                         @JsonProperty("Layers") List<String> layers) {
    }
}
