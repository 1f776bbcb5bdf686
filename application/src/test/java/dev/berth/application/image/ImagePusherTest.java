package dev.berth.application.image;

import dev.berth.application.image.TransferEvent.Pushed;
import dev.berth.application.image.TransferEvent.Status;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageRecord;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.registry.Descriptor;
import dev.berth.domain.registry.RegistryCredentials;
import dev.berth.domain.storage.BlobWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImagePusherTest {

    private static final byte[] BASE = "base layer tar".getBytes(StandardCharsets.UTF_8);
    private static final byte[] APP = "app layer tar".getBytes(StandardCharsets.UTF_8);

    private final InMemoryContentStore content = new InMemoryContentStore();
    private final InMemoryImageStore store = new InMemoryImageStore();
    private final FakeConfigCodec codec = new FakeConfigCodec();
    private final FakeRegistry registry = new FakeRegistry();
    private final ImagePush pusher = new ImageService(content, store, codec, new FakeArchive(),
            new FakeSnapshotter(), id -> List.of(), (type, action, actor) -> { }).pusher(registry);
    private final List<TransferEvent> events = new CopyOnWriteArrayList<>(); // layer uploads report from their threads

    @Test
    void pushUploadsOnlyTheMissingBlobsThenTheManifest() {
        ImageId id = storeImage("127.0.0.1:5000/team/app:1", BASE, APP);
        registry.blobs.put(Digest.of(BASE), BASE); // already there: HEAD says so, no upload

        pusher.push("127.0.0.1:5000/team/app", "1", RegistryCredentials.ANONYMOUS).run(events::add);

        List<String> statuses = events.stream().filter(e -> e instanceof Status).map(e -> ((Status) e).status())
                .toList();
        assertEquals("The push refers to repository [127.0.0.1:5000/team/app]", statuses.getFirst());
        assertTrue(statuses.contains("Layer already exists") && statuses.contains("Pushed"), statuses.toString());
        assertTrue(registry.blobs.containsKey(Digest.of(APP)) && registry.blobs.containsKey(id.digest()));
        assertEquals(List.of(new Descriptor(ImagePusher.CONFIG_TYPE, id.digest(), content.size(id.digest()).orElseThrow()),
                new Descriptor(ImagePusher.LAYER_TYPE, Digest.of(BASE), BASE.length)), registry.pushed.get("1"));
        Pushed pushed = (Pushed) events.getLast();
        assertEquals("1", pushed.tag());
        assertTrue(statuses.contains("1: digest: " + pushed.digest() + " size: " + pushed.size()));
        assertEquals(id, store.references().get(ImageReference.parse("127.0.0.1:5000/team/app@" + pushed.digest())),
                "the pushed digest is a repo digest");
    }

    @Test
    void layersUploadSideBySide() {
        storeImage("127.0.0.1:5000/team/app:1", BASE, APP);
        registry.uploadGate = new CyclicBarrier(2);

        pusher.push("127.0.0.1:5000/team/app", "1", RegistryCredentials.ANONYMOUS).run(events::add);

        assertTrue(registry.blobs.containsKey(Digest.of(BASE)) && registry.blobs.containsKey(Digest.of(APP)));
    }

    @Test
    void noTagPushesEveryTagOfTheRepository() {
        storeImage("127.0.0.1:5000/team/app:1", BASE);
        storeImage("127.0.0.1:5000/team/app:2", APP);
        storeImage("127.0.0.1:5000/team/other:1", APP);

        pusher.push("127.0.0.1:5000/team/app", "", RegistryCredentials.ANONYMOUS).run(events::add);

        assertEquals(Set.of("1", "2"), registry.pushed.keySet());
    }

    @Test
    void anImageThatIsNotTaggedLocallyIsNotFound() {
        var failure = assertThrows(NotFound.class,
                () -> pusher.push("127.0.0.1:5000/team/app", "9", RegistryCredentials.ANONYMOUS));
        assertEquals("An image does not exist locally with the tag: 127.0.0.1:5000/team/app:9", failure.getMessage());
    }

    private ImageId storeImage(String reference, byte[]... layers) {
        var defaults = new ContainerDefaults(null, List.of(), null, List.of("sh"), null, Map.of(), Set.of(),
                Set.of(), null);
        var diffIds = new ArrayList<Digest>();
        for (byte[] layer : layers) {
            diffIds.add(write(layer));
        }
        ImageId id = new ImageId(write(codec.encode(new ImageConfig("amd64", "linux", null, Instant.EPOCH, null,
                null, null, defaults, diffIds, List.of()))));
        store.put(new ImageRecord(id, diffIds.stream().map(d -> 1L).toList()));
        store.tag(ImageReference.parse(reference), id);
        return id;
    }

    private Digest write(byte[] bytes) {
        try (BlobWriter writer = content.writer()) {
            writer.stream().write(bytes);
            return writer.commit(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
