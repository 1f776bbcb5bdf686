package dev.berth.drivers.storage.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ArchiveImage;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageReference;
import dev.berth.drivers.storage.content.FileContentStore;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TarImageArchiveTest {

    private static final byte[] LAYER = new TarBuilder().file("bin/hello", "hi\n").build();
    private static final Digest DIFF_ID = Digest.of(LAYER);
    private static final String CONFIG = """
            {"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":["%s"]}}"""
            .formatted(DIFF_ID);
    private static final Digest CONFIG_DIGEST = Digest.of(CONFIG.getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path root;

    private final TarImageArchive archive = new TarImageArchive();

    @Test
    void readsADockerArchiveWithTheManifestLast() throws IOException {
        var store = new FileContentStore(root);
        byte[] tar = new TarBuilder()
                .file(CONFIG_DIGEST.hex() + ".json", CONFIG)
                .file("abc/layer.tar", LAYER)
                .file("abc/VERSION", "1.0")
                .file("manifest.json", """
                        [{"Config":"%s.json","RepoTags":["cli-x/y:v1","busybox"],"Layers":["abc/layer.tar"]}]"""
                        .formatted(CONFIG_DIGEST.hex()))
                .build();

        List<ArchiveImage> images = archive.read(new ByteArrayInputStream(tar), store);

        assertEquals(List.of(new ArchiveImage(CONFIG_DIGEST, List.of(DIFF_ID),
                List.of(ImageReference.parse("cli-x/y:v1"), ImageReference.parse("busybox:latest")))), images);
        assertBlob(store, DIFF_ID, LAYER);
        assertBlob(store, CONFIG_DIGEST, CONFIG.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void followsSymlinkedLayersAndAcceptsAGzipArchiveAndGzipLayers() {
        var store = new FileContentStore(root);
        byte[] tar = new TarBuilder()
                .file("manifest.json", """
                        [{"Config":"c.json","RepoTags":null,"Layers":["second/layer.tar"]}]""")
                .file("c.json", CONFIG)
                .file("first/layer.tar", TarBuilder.gzip(LAYER))
                .symlink("second/layer.tar", "../first/layer.tar")
                .build();

        List<ArchiveImage> images = archive.read(new ByteArrayInputStream(TarBuilder.gzip(tar)), store);

        assertEquals(List.of(new ArchiveImage(CONFIG_DIGEST, List.of(DIFF_ID), List.of())), images);
    }

    @Test
    void readsAnOciLayoutWithAGzipLayerAndANestedIndex() throws IOException {
        var store = new FileContentStore(root);
        byte[] gzLayer = TarBuilder.gzip(LAYER);
        Digest gzDigest = Digest.of(gzLayer);
        String manifest = """
                {"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
                 "config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"%s","size":1},
                 "layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"%s","size":1}]}"""
                .formatted(CONFIG_DIGEST, gzDigest);
        Digest manifestDigest = Digest.of(manifest.getBytes(StandardCharsets.UTF_8));
        String nested = """
                {"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
                 {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%s","size":1,
                  "platform":{"architecture":"amd64","os":"linux"}}]}""".formatted(manifestDigest);
        Digest nestedDigest = Digest.of(nested.getBytes(StandardCharsets.UTF_8));
        byte[] tar = new TarBuilder()
                .file("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}")
                .file("index.json", """
                        {"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.index.v1+json",
                         "digest":"%s","size":1,"annotations":{"io.containerd.image.name":"docker.io/library/app:2",
                         "org.opencontainers.image.ref.name":"2"}}]}""".formatted(nestedDigest))
                .file("blobs/sha256/" + nestedDigest.hex(), nested)
                .file("blobs/sha256/" + manifestDigest.hex(), manifest)
                .file("blobs/sha256/" + CONFIG_DIGEST.hex(), CONFIG)
                .file("blobs/sha256/" + gzDigest.hex(), gzLayer)
                .build();

        List<ArchiveImage> images = archive.read(new ByteArrayInputStream(tar), store);

        assertEquals(List.of(new ArchiveImage(CONFIG_DIGEST, List.of(DIFF_ID), List.of(ImageReference.parse("app:2")))),
                images);
        assertBlob(store, DIFF_ID, LAYER);
    }

    @Test
    void archiveWithoutManifestOrIndexIsInvalid() {
        var store = new FileContentStore(root);
        byte[] tar = new TarBuilder().file("c.json", CONFIG).build();
        assertThrows(InvalidParameter.class, () -> archive.read(new ByteArrayInputStream(tar), store));
    }

    @Test
    void manifestNamingAMissingLayerIsInvalid() {
        var store = new FileContentStore(root);
        byte[] tar = new TarBuilder()
                .file("c.json", CONFIG)
                .file("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"nope/layer.tar\"]}]")
                .build();
        InvalidParameter e = assertThrows(InvalidParameter.class,
                () -> archive.read(new ByteArrayInputStream(tar), store));
        assertTrue(e.getMessage().contains("nope/layer.tar"), e.getMessage());
    }

    @Test
    void writtenArchiveReadsBackToTheSameImagesAndHasDockerMetadata() throws IOException {
        var store = new FileContentStore(root);
        archive.read(new ByteArrayInputStream(new TarBuilder()
                .file("c.json", CONFIG).file("l/layer.tar", LAYER)
                .file("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"l/layer.tar\"]}]").build()), store);
        var image = new ArchiveImage(CONFIG_DIGEST, List.of(DIFF_ID),
                List.of(ImageReference.parse("cli-ls:1"), ImageReference.parse("localhost:5000/a/b:t")));
        var out = new ByteArrayOutputStream();

        archive.write(List.of(image, image), store, out);

        Map<String, byte[]> files = untar(out.toByteArray());
        JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json"));
        assertEquals("cli-ls:1", manifest.get(0).get("RepoTags").get(0).asText());
        assertEquals(CONFIG_DIGEST.hex() + ".json", manifest.get(0).get("Config").asText());
        JsonNode repositories = new ObjectMapper().readTree(files.get("repositories"));
        assertEquals(DIFF_ID.hex(), repositories.get("cli-ls").get("1").asText());
        assertArrayEquals(LAYER, files.get(DIFF_ID.hex() + "/layer.tar"));

        var again = new FileContentStore(root.resolve("again"));
        List<ArchiveImage> read = archive.read(new ByteArrayInputStream(out.toByteArray()), again);
        assertEquals(image, read.getFirst());
    }

    private static Map<String, byte[]> untar(byte[] tar) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (var in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isFile()) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return files;
    }

    private static void assertBlob(FileContentStore store, Digest digest, byte[] expected) throws IOException {
        try (InputStream in = store.open(digest)) {
            assertArrayEquals(expected, in.readAllBytes());
        }
    }
}
