package dev.berth.application.image;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.event.EventPublisher;
import dev.berth.domain.image.ChainId;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageArchive;
import dev.berth.domain.image.ImageConfigCodec;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageRecord;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.image.ImageStore;
import dev.berth.domain.registry.Platform;
import dev.berth.domain.registry.Registry;
import dev.berth.domain.storage.ContentStore;
import dev.berth.domain.storage.Snapshotter;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The image use cases. Reads and changes of the image index are serialised by one lock; a load streams its blobs
 * before taking it, so a long upload does not block {@code docker images}.
 */
public final class ImageService implements ImageQueries, ImageCommands, ImageTransfer, ImageImport, ImageCommit {

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    private final ImageCatalog catalog;
    private final ImageLoader loader;
    private final ImageExporter exporter;
    private final ImageRemover remover;
    private final ImageListing listing;
    private final ImageImporter importer;
    private final ImageCommitter committer;
    private final String storageDriver;
    private final ContentStore content;
    private final LayerUnpacker unpacker;
    private final BlobPins pins;
    private final ImageEvents events;
    private final ReentrantLock lock = new ReentrantLock();

    public ImageService(ContentStore content, ImageStore store, ImageConfigCodec codec, ImageArchive archive,
                        Snapshotter snapshotter, ImageUsers users, EventPublisher events) {
        this(content, store, codec, archive, snapshotter, users, events, Clock.systemUTC());
    }

    /** {@code clock} dates imported and committed images. */
    public ImageService(ContentStore content, ImageStore store, ImageConfigCodec codec, ImageArchive archive,
                        Snapshotter snapshotter, ImageUsers users, EventPublisher events, Clock clock) {
        this.catalog = new ImageCatalog(store, content, codec);
        this.events = new ImageEvents(events);
        this.content = content;
        this.pins = new BlobPins();
        this.unpacker = new LayerUnpacker(catalog, content, snapshotter);
        this.loader = new ImageLoader(catalog, content, archive, unpacker, lock, pins, this.events);
        this.committer = new ImageCommitter(catalog, content, codec, unpacker, snapshotter, lock, pins, clock);
        this.importer = new ImageImporter(catalog, content, committer, lock, pins);
        this.exporter = new ImageExporter(catalog, content, archive);
        this.remover = new ImageRemover(catalog, users, snapshotter, content, pins);
        this.listing = new ImageListing(catalog);
        this.storageDriver = snapshotter.name();
    }

    @Override
    public List<Image> list(ImageListFilter filter) {
        return locked(() -> listing.list(filter));
    }

    /** The layers' sizes, shared ones counted once ({@code docker system df}). */
    public ImageSpace space() {
        return locked(() -> {
            Map<ChainId, Long> sizes = new HashMap<>();
            Map<ChainId, Integer> users = new HashMap<>();
            Map<ImageId, List<ChainId>> layersOf = new HashMap<>();
            for (ImageRecord record : catalog.store().images()) {
                List<ChainId> chain = ChainId.chain(catalog.config(record.id()).diffIds());
                for (int i = 0; i < chain.size() && i < record.layerSizes().size(); i++) {
                    sizes.put(chain.get(i), record.layerSizes().get(i));
                    users.merge(chain.get(i), 1, Integer::sum);
                }
                layersOf.put(record.id(), chain);
            }
            Map<ImageId, Long> shared = new HashMap<>();
            layersOf.forEach((id, chain) -> shared.put(id, chain.stream()
                    .filter(layer -> users.getOrDefault(layer, 0) > 1)
                    .mapToLong(layer -> sizes.get(layer)).sum()));
            return new ImageSpace(sizes.values().stream().mapToLong(Long::longValue).sum(), shared);
        });
    }

    @Override
    public ImageDetails inspect(String name) {
        return new ImageDetails(resolve(name), storageDriver);
    }

    @Override
    public List<ImageHistoryItem> history(String name) {
        return locked(() -> {
            Image image = catalog.image(catalog.resolve(name));
            return ImageHistoryItem.of(image, catalog.store().image(image.id()).orElseThrow().layerSizes());
        });
    }

    @Override
    public Image resolve(String name) {
        return locked(() -> catalog.image(catalog.resolve(name)));
    }

    @Override
    public void tag(String source, String repository, String tag) {
        if (HEX_64.matcher(repository).matches()) {
            throw new InvalidParameter("invalid repository name (" + repository
                    + "), cannot specify 64-byte hexadecimal strings");
        }
        String name = tag == null || tag.isEmpty() ? repository : repository + ":" + tag;
        ImageReference target = ImageReference.parse(name);
        if (target.digest() != null) {
            throw new InvalidParameter("refusing to create a tag with a digest reference");
        }
        ImageId id = locked(() -> {
            ImageId tagged = catalog.resolve(source);
            catalog.store().tag(target, tagged);
            return tagged;
        });
        events.publish(id.toString(), target.familiar(), "tag");
    }

    @Override
    public List<ImageDeletion> remove(String name, boolean force, boolean prune) {
        // prune only concerns parent images, which loaded images do not have
        return locked(() -> {
            String id = catalog.resolve(name).toString();
            List<ImageDeletion> deletions = remover.remove(name, force);
            for (ImageDeletion deletion : deletions) {
                switch (deletion) {
                    case ImageDeletion.Untagged untagged -> events.publish(id, untagged.reference(), "untag");
                    case ImageDeletion.Deleted deleted when deleted.digest().equals(id) ->
                            events.publish(id, id, "delete");
                    case ImageDeletion.Deleted layer -> { } // layers have no events
                }
            }
            return deletions;
        });
    }

    @Override
    public ImagePruneReport prune(ImagePruneFilter filter) {
        return locked(() -> remover.prune(filter));
    }

    @Override
    public List<String> load(InputStream archive) {
        return loader.load(archive);
    }

    @Override
    public ImageId importImage(InputStream rootfs, ImportRequest request) {
        ImageId id = importer.importImage(rootfs, request);
        events.publish(id.toString(), id.toString(), "import");
        return id;
    }

    @Override
    public ImageId commit(CommitRequest request) {
        return committer.commit(request);
    }

    @Override
    public ImageExport export(List<String> names) {
        ImageExport export = locked(() -> exporter.export(names));
        names.forEach(name -> events.publish(name, name, "save"));
        return export;
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code docker pull} from {@code registry} into this service's stores: images for {@code platform}, at most
     * {@code downloads} layers at a time, a broken download tried {@code attempts} times.
     */
    public ImagePull puller(Registry registry, Platform platform, DownloadLimit downloads, int attempts,
                            Duration firstRetryDelay) {
        ImagePull puller = new ImagePuller(catalog, content, unpacker, lock, pins, registry, platform,
                new BlobDownloader(attempts, firstRetryDelay), downloads);
        return (reference, credentials) -> announced(puller.pull(reference, credentials), reference.familiar(), "pull");
    }

    /** {@code docker push} of this service's images to {@code registry}. */
    public ImagePush pusher(Registry registry) {
        ImagePush pusher = new ImagePusher(catalog, content, registry, lock);
        return (repository, tag, credentials) -> announced(pusher.push(repository, tag, credentials),
                tag == null || tag.isEmpty() ? repository : repository + ":" + tag, "push");
    }

    /** A transfer that, once done, is told as {@code action} of {@code reference} (dockerd's pull/push events). */
    private Transfer announced(Transfer transfer, String reference, String action) {
        return progress -> {
            transfer.run(progress);
            events.publish(reference, reference, action);
        };
    }
}
