package dev.berth.application.image;

import dev.berth.application.image.TransferEvent.Bytes;
import dev.berth.application.image.TransferEvent.Pushed;
import dev.berth.application.image.TransferEvent.Status;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.registry.Descriptor;
import dev.berth.domain.registry.Registry;
import dev.berth.domain.registry.RegistryCredentials;
import dev.berth.domain.registry.RemoteRepository;
import dev.berth.domain.storage.ContentStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;

/**
 * {@code docker push}: for each tag, the blobs the registry lacks (a HEAD first) are uploaded, layers as the
 * uncompressed tars the content store keeps, several at once, then the config, then an OCI manifest naming them,
 * whose digest is recorded as a repo digest.
 */
final class ImagePusher implements ImagePush {

    static final String CONFIG_TYPE = "application/vnd.oci.image.config.v1+json";
    static final String LAYER_TYPE = "application/vnd.oci.image.layer.v1.tar";
    /** dockerd's default max-concurrent-uploads, here per push. */
    private static final int CONCURRENT_UPLOADS = 5;

    private final ImageCatalog catalog;
    private final ContentStore content;
    private final Registry registry;
    private final Lock lock;

    ImagePusher(ImageCatalog catalog, ContentStore content, Registry registry, Lock lock) {
        this.catalog = catalog;
        this.content = content;
        this.registry = registry;
        this.lock = lock;
    }

    @Override
    public Transfer push(String repository, String tag, RegistryCredentials credentials) {
        ImageReference name = ImageReference.parseRepository(repository);
        boolean allTags = (tag == null || tag.isEmpty()) && name.tag() == null;
        ImageReference wanted = tag == null || tag.isEmpty() ? name : name.withTag(tag);
        List<Map.Entry<ImageReference, ImageId>> tagged = tagged(wanted, allTags);
        if (tagged.isEmpty()) {
            throw new NotFound("An image does not exist locally with the tag: " + wanted.familiarRepository()
                    + (allTags ? "" : ":" + wanted.tag()));
        }
        RemoteRepository remote = registry.repository(wanted, credentials, true);
        return events -> {
            events.accept(new Status(null, "The push refers to repository [" + wanted.repository() + "]"));
            for (var entry : tagged) {
                pushTag(remote, entry.getKey(), entry.getValue(), events);
            }
        };
    }

    private List<Map.Entry<ImageReference, ImageId>> tagged(ImageReference wanted, boolean allTags) {
        lock.lock();
        try {
            return catalog.store().references().entrySet().stream()
                    .filter(e -> e.getKey().tag() != null && e.getKey().digest() == null)
                    .filter(e -> allTags ? e.getKey().repository().equals(wanted.repository())
                            : e.getKey().equals(wanted))
                    .sorted(Comparator.comparing(e -> e.getKey().tag()))
                    .map(e -> Map.entry(e.getKey(), e.getValue()))
                    .toList();
        } finally {
            lock.unlock();
        }
    }

    private void pushTag(RemoteRepository remote, ImageReference tagged, ImageId id, Consumer<TransferEvent> events) {
        String tag = tagged.tag();
        List<Digest> diffIds = catalog.config(id).diffIds();
        for (Digest diffId : diffIds.reversed()) {
            events.accept(new Status(diffId.shortHex(), "Preparing"));
        }
        var uploads = new ArrayList<Future<Descriptor>>();
        List<Descriptor> layers;
        try (var executor = Executors.newFixedThreadPool(CONCURRENT_UPLOADS, Thread.ofVirtual().factory())) {
            for (Digest diffId : diffIds) {
                uploads.add(executor.submit(() -> upload(remote, diffId, LAYER_TYPE, events, true)));
            }
            layers = LayerTasks.awaitAll(uploads, "upload");
        }
        Descriptor config = upload(remote, id.digest(), CONFIG_TYPE, events, false);
        Descriptor manifest = remote.putManifest(tag, config, layers);
        recordRepoDigest(new ImageReference(tagged.domain(), tagged.path(), null, manifest.digest()), id);
        events.accept(new Status(null, tag + ": digest: " + manifest.digest() + " size: " + manifest.size()));
        events.accept(new Pushed(tag, manifest.digest(), manifest.size()));
    }

    /** As dockerd, the pushed manifest's digest becomes one of the image's RepoDigests. */
    private void recordRepoDigest(ImageReference repoDigest, ImageId id) {
        lock.lock();
        try {
            if (catalog.store().image(id).isPresent()) {
                catalog.store().tag(repoDigest, id);
            }
        } finally {
            lock.unlock();
        }
    }

    private Descriptor upload(RemoteRepository remote, Digest blob, String mediaType, Consumer<TransferEvent> events,
                              boolean shown) {
        long size = content.size(blob).orElseThrow(() -> new SystemFault("blob " + blob + " is missing locally"));
        String id = blob.shortHex();
        if (remote.hasBlob(blob)) {
            if (shown) {
                events.accept(new Status(id, "Layer already exists"));
            }
        } else {
            remote.uploadBlob(blob, size, () -> content.open(blob),
                    sent -> {
                        if (shown) {
                            events.accept(new Bytes(id, "Pushing", sent, size));
                        }
                    });
            if (shown) {
                events.accept(new Status(id, "Pushed"));
            }
        }
        return new Descriptor(mediaType, blob, size);
    }
}
