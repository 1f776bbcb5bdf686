package dev.berth.application.image;

import dev.berth.application.image.TransferEvent.Status;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageRecord;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.registry.Descriptor;
import dev.berth.domain.registry.ImageManifest;
import dev.berth.domain.registry.Manifest;
import dev.berth.domain.registry.ManifestIndex;
import dev.berth.domain.registry.Platform;
import dev.berth.domain.registry.Registry;
import dev.berth.domain.registry.RegistryCredentials;
import dev.berth.domain.registry.RemoteRepository;
import dev.berth.domain.storage.ContentStore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code docker pull}: the manifest is resolved for this host's platform, the config fetched, and the layers the
 * content store lacks downloaded concurrently (at most the {@link DownloadLimit} at a time across all pulls), each
 * verified before it is stored. Then, under the image lock, the layers are unpacked, the image registered and
 * tagged, and the manifest digest recorded as a repo digest.
 */
final class ImagePuller implements ImagePull {

    private final ImageCatalog catalog;
    private final ContentStore content;
    private final LayerUnpacker unpacker;
    private final Lock lock;
    private final BlobPins pins;
    private final Registry registry;
    private final Platform platform;
    private final BlobDownloader downloader;
    private final DownloadLimit downloads;

    ImagePuller(ImageCatalog catalog, ContentStore content, LayerUnpacker unpacker, Lock lock, BlobPins pins,
                Registry registry, Platform platform, BlobDownloader downloader, DownloadLimit downloads) {
        this.catalog = catalog;
        this.content = content;
        this.unpacker = unpacker;
        this.lock = lock;
        this.pins = pins;
        this.registry = registry;
        this.platform = platform;
        this.downloader = downloader;
        this.downloads = downloads;
    }

    @Override
    public Transfer pull(ImageReference reference, RegistryCredentials credentials) {
        RemoteRepository repository = registry.repository(reference, credentials, false);
        Manifest resolved = manifest(repository, reference,
                reference.digest() != null ? reference.digest().toString() : reference.tag());
        if (reference.digest() != null && !resolved.digest().equals(reference.digest())) {
            throw new InvalidParameter("manifest verification failed for digest " + reference.digest());
        }
        ImageManifest image = switch (resolved) {
            case ImageManifest single -> single;
            case ManifestIndex index -> switch (manifest(repository, reference,
                    index.select(platform).digest().toString())) {
                case ImageManifest single -> single;
                case ManifestIndex nested -> throw new InvalidParameter("manifest list " + index.digest()
                        + " points at another manifest list " + nested.digest());
            };
        };
        return events -> run(reference, repository, resolved.digest(), image, events);
    }

    private static Manifest manifest(RemoteRepository repository, ImageReference reference, String tagOrDigest) {
        try {
            return repository.manifest(tagOrDigest);
        } catch (NotFound e) {
            throw new NotFound("manifest for " + reference.familiar() + " not found: " + e.getMessage(), e);
        }
    }

    private void run(ImageReference reference, RemoteRepository repository, Digest manifestDigest,
                     ImageManifest manifest, Consumer<TransferEvent> events) {
        Consumer<TransferEvent> serialised = event -> {
            synchronized (events) {
                events.accept(event);
            }
        };
        serialised.accept(new Status(reference.digest() != null ? reference.digest().toString() : reference.tag(),
                "Pulling from " + reference.path()));
        var recording = new RecordingContentStore(content, pins);
        try {
            ImageId id = new ImageId(downloader.config(repository, manifest.config(), recording));
            ImageConfig config = catalog.readConfig(id);
            List<Digest> diffIds = config.diffIds();
            if (diffIds.size() != manifest.layers().size()) {
                throw new InvalidParameter("image config " + id + " lists " + diffIds.size()
                        + " layers but its manifest " + manifestDigest + " has " + manifest.layers().size());
            }
            List<String> fetched = fetchLayers(repository, manifest.layers(), diffIds, recording, serialised);
            boolean newer = register(reference, manifestDigest, id, diffIds) || !fetched.isEmpty();
            fetched.forEach(layer -> serialised.accept(new Status(layer, "Pull complete")));
            serialised.accept(new Status(null, "Digest: " + manifestDigest));
            serialised.accept(new Status(null, (newer ? "Status: Downloaded newer image for "
                    : "Status: Image is up to date for ") + reference.familiar()));
        } finally {
            recording.releaseUnused(catalog, lock);
        }
    }

    /** Downloads the layers the store lacks; returns their short IDs, bottom first. */
    private List<String> fetchLayers(RemoteRepository repository, List<Descriptor> layers, List<Digest> diffIds,
                                     RecordingContentStore store, Consumer<TransferEvent> events) {
        var fetched = new ArrayList<String>();
        var tasks = new ArrayList<Future<Digest>>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < layers.size(); i++) {
                Descriptor layer = layers.get(i);
                Digest diffId = diffIds.get(i);
                String id = layer.digest().shortHex();
                if (store.holdIfPresent(diffId) || fetched.contains(id)) {
                    events.accept(new Status(id, "Already exists"));
                    continue;
                }
                events.accept(new Status(id, "Pulling fs layer"));
                fetched.add(id);
                tasks.add(executor.submit(() -> limited(() ->
                        downloader.layer(repository, layer, diffId, store, id, events))));
            }
            LayerTasks.awaitAll(tasks, "download");
        }
        return fetched;
    }

    private Digest limited(Supplier<Digest> download) throws InterruptedException {
        downloads.acquire();
        try {
            return download.get();
        } finally {
            downloads.release();
        }
    }

    /**
     * Unpacks and registers the image, tags it and records its repo digest; true when the name pulled (tag or
     * digest) named another image, or none, before.
     */
    private boolean register(ImageReference reference, Digest manifestDigest, ImageId id, List<Digest> diffIds) {
        lock.lock();
        try {
            List<Long> sizes = unpacker.unpack(diffIds);
            catalog.store().put(new ImageRecord(id, sizes));
            var repoDigest = new ImageReference(reference.domain(), reference.path(), null, manifestDigest);
            ImageReference named = reference.tag() != null ? reference.withTag(reference.tag()) : repoDigest;
            boolean moved = !id.equals(catalog.store().references().get(named));
            catalog.store().tag(named, id);
            catalog.store().tag(repoDigest, id);
            return moved;
        } finally {
            lock.unlock();
        }
    }
}
