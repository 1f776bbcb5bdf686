package dev.berth.application.image;

import dev.berth.application.image.TransferEvent.Status;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.registry.Descriptor;
import dev.berth.domain.registry.ImageManifest;
import dev.berth.domain.registry.ManifestIndex;
import dev.berth.domain.registry.Platform;
import dev.berth.domain.registry.RegistryCredentials;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImagePullerTest {

    private static final Platform AMD64 = new Platform("linux", "amd64", "");
    private static final byte[] BASE = "base layer tar".getBytes(StandardCharsets.UTF_8);
    private static final byte[] APP = "app layer tar, a little longer".getBytes(StandardCharsets.UTF_8);

    private final InMemoryContentStore content = new InMemoryContentStore();
    private final InMemoryImageStore store = new InMemoryImageStore();
    private final FakeConfigCodec codec = new FakeConfigCodec();
    private final FakeSnapshotter snapshotter = new FakeSnapshotter();
    private final FakeRegistry registry = new FakeRegistry();
    private final List<String> pulled = new ArrayList<>();
    private final ImageService service = new ImageService(content, store, codec, new FakeArchive(), snapshotter,
            id -> List.of(), (type, action, actor) -> pulled.add(action + " " + actor.id()));
    private final ImagePull puller = service.puller(registry, AMD64, new DownloadLimit(3), 3, Duration.ZERO);
    private final List<TransferEvent> events = new ArrayList<>();

    @Test
    void pullStoresVerifiedUncompressedLayersTagsTheImageAndRecordsTheRepoDigest() {
        ImageManifest manifest = publish("1", BASE, APP);

        pull("127.0.0.1:5000/team/app:1");

        ImageId id = new ImageId(manifest.config().digest());
        var image = service.resolve("127.0.0.1:5000/team/app:1");
        assertEquals(id, image.id());
        assertTrue(image.references().contains(ImageReference.parse("127.0.0.1:5000/team/app@" + manifest.digest())));
        assertTrue(content.exists(Digest.of(BASE)) && content.exists(Digest.of(APP)), "layers kept by DiffID");
        assertEquals(2, snapshotter.committed().size());
        assertTrue(statuses().contains("Digest: " + manifest.digest()));
        assertEquals(List.of("pull 127.0.0.1:5000/team/app:1"), pulled);
        assertTrue(statuses().contains("Status: Downloaded newer image for 127.0.0.1:5000/team/app:1"));
        assertEquals(2, statuses().stream().filter("Pull complete"::equals).count());
    }

    @Test
    void layersAlreadyStoredAreNotDownloadedAgain() {
        publish("1", BASE, APP);
        pull("127.0.0.1:5000/team/app:1");
        int before = registry.downloads.get();
        events.clear();

        pull("127.0.0.1:5000/team/app:1");

        assertEquals(before + 1, registry.downloads.get(), "only the config is fetched again");
        assertEquals(2, statuses().stream().filter("Already exists"::equals).count());
        assertTrue(statuses().contains("Status: Image is up to date for 127.0.0.1:5000/team/app:1"));
    }

    @Test
    void removingThePulledTagTakesTheRepoDigestAndTheImageWithIt() {
        ImageManifest manifest = publish("1", BASE);
        pull("127.0.0.1:5000/team/app:1");

        List<ImageDeletion> deletions = service.remove("127.0.0.1:5000/team/app:1", false, true);

        assertTrue(deletions.contains(new ImageDeletion.Untagged("127.0.0.1:5000/team/app@" + manifest.digest())),
                deletions.toString());
        assertTrue(deletions.contains(new ImageDeletion.Deleted(manifest.config().digest().toString())));
        assertTrue(store.images().isEmpty());
    }

    @Test
    void pullByDigestNeedsNoTag() {
        ImageManifest manifest = publish("1", BASE);
        registry.manifests.put(manifest.digest().toString(), manifest);

        pull("127.0.0.1:5000/team/app@" + manifest.digest());

        var image = service.resolve("127.0.0.1:5000/team/app@" + manifest.digest());
        assertEquals(manifest.config().digest(), image.id().digest());
        assertFalse(image.references().stream().anyMatch(r -> r.tag() != null));
        events.clear();
        pull("127.0.0.1:5000/team/app@" + manifest.digest());
        assertTrue(statuses().contains("Status: Image is up to date for 127.0.0.1:5000/team/app@"
                + manifest.digest()), statuses().toString());
    }

    @Test
    void aManifestListPullsTheEntryForThisPlatform() {
        ImageManifest arm = publish("arm", APP);
        ImageManifest amd = publish("amd", BASE);
        registry.manifests.put(arm.digest().toString(), arm);
        registry.manifests.put(amd.digest().toString(), amd);
        registry.manifests.put("multi", new ManifestIndex(Digest.of(bytes("index")), ManifestIndex.OCI_INDEX, List.of(
                new ManifestIndex.Entry(descriptor(arm), new Platform("linux", "arm64", "v8")),
                new ManifestIndex.Entry(descriptor(amd), AMD64))));

        pull("127.0.0.1:5000/team/app:multi");

        assertEquals(amd.config().digest(), service.resolve("127.0.0.1:5000/team/app:multi").id().digest());
        assertTrue(service.resolve("127.0.0.1:5000/team/app:multi").references()
                .contains(ImageReference.parse("127.0.0.1:5000/team/app@" + Digest.of(bytes("index")))),
                "the repo digest is the index's, as dockerd records it");
    }

    @Test
    void aLayerWithTheWrongDigestIsRejectedAndNothingIsStored() {
        ImageManifest manifest = publish("1", BASE);
        registry.blobs.put(manifest.layers().getFirst().digest(), gzip(bytes("a tampered layer, longer than the one the manifest describes")));
        Set<Digest> before = content.digests();

        Transfer transfer = puller.pull(ImageReference.parse("127.0.0.1:5000/team/app:1"),
                RegistryCredentials.ANONYMOUS);
        var failure = assertThrows(InvalidParameter.class, () -> transfer.run(events::add));

        assertEquals("filesystem layer verification failed for digest " + manifest.layers().getFirst().digest(),
                failure.getMessage());
        assertEquals(before, content.digests(), "neither the layer nor the config stays");
        assertTrue(store.images().isEmpty());
        assertTrue(snapshotter.committed().isEmpty());
    }

    @Test
    void aBrokenDownloadIsRetried() {
        ImageManifest manifest = publish("1", BASE, APP);
        registry.breakOnce.add(manifest.config().digest());
        registry.breakOnce.add(manifest.layers().get(1).digest());

        pull("127.0.0.1:5000/team/app:1");

        assertEquals(1, statuses().stream().filter(s -> s.startsWith("Retrying in")).count(), statuses().toString());
        assertEquals(5, registry.downloads.get(), "config and one layer twice, the other layer once");
        assertTrue(content.exists(Digest.of(BASE)) && content.exists(Digest.of(APP)));
    }

    @Test
    void anUnknownTagIsNotFoundWithTheRegistrysMessageBeforeAnyProgress() {
        var failure = assertThrows(NotFound.class, () -> puller.pull(
                ImageReference.parse("127.0.0.1:5000/team/app:nope"), RegistryCredentials.ANONYMOUS));
        assertEquals("manifest for 127.0.0.1:5000/team/app:nope not found: manifest unknown: manifest unknown",
                failure.getMessage());
    }

    private void pull(String reference) {
        puller.pull(ImageReference.parse(reference), RegistryCredentials.ANONYMOUS).run(events::add);
    }

    private List<String> statuses() {
        return events.stream().filter(e -> e instanceof Status).map(e -> ((Status) e).status()).toList();
    }

    /** Puts an image of these layers (gzip-compressed, as registries hold them) under {@code tag}. */
    private ImageManifest publish(String tag, byte[]... layers) {
        var diffIds = new ArrayList<Digest>();
        var descriptors = new ArrayList<Descriptor>();
        for (byte[] layer : layers) {
            byte[] compressed = gzip(layer);
            registry.blobs.put(Digest.of(compressed), compressed);
            diffIds.add(Digest.of(layer));
            descriptors.add(new Descriptor("application/vnd.oci.image.layer.v1.tar+gzip", Digest.of(compressed),
                    compressed.length));
        }
        var defaults = new ContainerDefaults(null, List.of("PATH=/bin"), null, List.of("sh"), null, Map.of(),
                Set.of(), Set.of(), null);
        byte[] config = codec.encode(new ImageConfig("amd64", "linux", null, Instant.EPOCH, null, null, null,
                defaults, diffIds, List.of()));
        registry.blobs.put(Digest.of(config), config);
        var manifest = new ImageManifest(Digest.of(bytes("manifest " + tag)), ImageManifest.OCI,
                new Descriptor(ImagePusher.CONFIG_TYPE, Digest.of(config), config.length), descriptors);
        registry.manifests.put(tag, manifest);
        return manifest;
    }

    private static Descriptor descriptor(ImageManifest manifest) {
        return new Descriptor(manifest.mediaType(), manifest.digest(), 100);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] plain) {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
