package dev.berth.application.image;

import dev.berth.application.image.ImageDeletion.Deleted;
import dev.berth.application.image.ImageDeletion.Untagged;
import dev.berth.application.image.ImageUsers.ImageUser;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.image.ChainId;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageRecord;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.storage.ContentStore;
import dev.berth.domain.storage.SnapshotKey;
import dev.berth.domain.storage.Snapshotter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code docker rmi} with dockerd's rules (daemon/images/image_delete.go): a reference is untagged, and the image
 * goes with its last reference unless a container uses it; an ID deletes the image, refusing when several
 * references name it or a container uses it unless forced; a running container's image is never deleted. The
 * layers and blobs no other image needs go with it.
 */
final class ImageRemover {

    private final ImageCatalog catalog;
    private final ImageUsers users;
    private final Snapshotter snapshotter;
    private final ContentStore content;
    private final BlobPins pins;

    ImageRemover(ImageCatalog catalog, ImageUsers users, Snapshotter snapshotter, ContentStore content,
                 BlobPins pins) {
        this.catalog = catalog;
        this.users = users;
        this.snapshotter = snapshotter;
        this.content = content;
        this.pins = pins;
    }

    List<ImageDeletion> remove(String name, boolean force) {
        ImageId id = catalog.resolve(name);
        List<ImageReference> references = catalog.referencesOf(id);
        var result = new ArrayList<ImageDeletion>();
        Optional<ImageReference> byReference = catalog.storedReference(name);
        if (byReference.isPresent()) {
            ImageReference reference = byReference.get();
            if (!force && references.size() == 1) {
                users.usersOf(id).stream().findFirst().ifPresent(user -> {
                    throw new Conflict("conflict: unable to remove repository reference \"" + name
                            + "\" (must force) - container " + user.shortId() + " is using its referenced image "
                            + id.shortId());
                });
            }
            catalog.store().untag(reference);
            result.add(new Untagged(reference.familiar()));
            if (reference.digest() == null) {
                untagRepoDigests(id, reference, result);
            }
            if (!catalog.referencesOf(id).isEmpty()) {
                return result;
            }
            deleteImage(id, force, true, result);
        } else {
            if (references.size() == 1) {
                check(id, true, !force, false).ifPresent(c -> {
                    throw c.exception(id);
                });
                catalog.store().untag(references.getFirst());
                result.add(new Untagged(references.getFirst().familiar()));
            }
            deleteImage(id, force, false, result);
        }
        return result;
    }

    /**
     * dockerd's rule: once the last tag of a repository is gone, that repository's digest references (recorded by
     * pulls) go too, so they do not keep the image alive on their own.
     */
    private void untagRepoDigests(ImageId id, ImageReference untagged, List<ImageDeletion> result) {
        List<ImageReference> remaining = catalog.referencesOf(id).stream()
                .filter(r -> r.repository().equals(untagged.repository()))
                .toList();
        if (remaining.stream().allMatch(r -> r.digest() != null)) {
            for (ImageReference digested : remaining) {
                catalog.store().untag(digested);
                result.add(new Untagged(digested.familiar()));
            }
        }
    }

    /** Deletes every unused image the filter selects; an image a container uses is never a candidate. */
    ImagePruneReport prune(ImagePruneFilter filter) {
        var result = new ArrayList<ImageDeletion>();
        long reclaimed = 0;
        for (Image image : catalog.all()) {
            if (isPruned(image, filter) && users.usersOf(image.id()).isEmpty()) {
                reclaimed += deleteImage(image.id(), true, false, result);
            }
        }
        return new ImagePruneReport(result, reclaimed);
    }

    private static boolean isPruned(Image image, ImagePruneFilter filter) {
        return (!filter.danglingOnly() || image.references().isEmpty())
                && filter.labels().stream().allMatch(label -> ImageListing.hasLabel(image, label))
                && filter.excludedLabels().stream().noneMatch(label -> ImageListing.hasLabel(image, label))
                && (filter.until() == null || ImageListing.created(image).isBefore(filter.until()));
    }

    /**
     * Deletes the image, its references and what only it needed; returns the unpacked bytes of the layers removed.
     * {@code afterUntag}: the caller just removed the image's last reference; then a conflict with a container
     * leaves the image dangling instead of failing.
     */
    private long deleteImage(ImageId id, boolean force, boolean afterUntag, List<ImageDeletion> result) {
        Optional<DeleteConflict> conflict = check(id, true, !force, !force);
        if (conflict.isPresent()) {
            if (afterUntag && conflict.get().used()) {
                return 0;
            }
            throw conflict.get().exception(id);
        }
        for (ImageReference reference : catalog.referencesOf(id)) {
            catalog.store().untag(reference);
            result.add(new Untagged(reference.familiar()));
        }
        List<ChainId> chain = ChainId.chain(catalog.config(id).diffIds());
        List<Long> layerSizes = catalog.store().image(id).map(ImageRecord::layerSizes).orElse(List.of());
        long reclaimed = 0;
        Set<ChainId> layersInUse = catalog.layersInUse(Optional.of(id));
        Set<Digest> blobsInUse = catalog.blobsInUse(Optional.of(id));
        catalog.store().remove(id);
        result.add(new Deleted(id.toString()));
        for (int i = chain.size() - 1; i >= 0 && !layersInUse.contains(chain.get(i)); i--) {
            // a layer in use is in another image's chain, and so is every layer below it
            SnapshotKey key = LayerKeys.of(chain.get(i));
            if (snapshotter.exists(key)) {
                snapshotter.remove(key);
            }
            result.add(new Deleted(chain.get(i).toString()));
            reclaimed += i < layerSizes.size() ? layerSizes.get(i) : 0;
        }
        for (Digest blob : catalog.config(id).diffIds()) {
            if (!blobsInUse.contains(blob)) {
                pins.deleteUnlessPinned(blob, content);
            }
        }
        pins.deleteUnlessPinned(id.digest(), content);
        catalog.forget(id);
        return reclaimed;
    }

    /** dockerd's conflict order: running container (hard), other references, stopped container. */
    private Optional<DeleteConflict> check(ImageId id, boolean running, boolean stopped, boolean references) {
        List<ImageUser> imageUsers = users.usersOf(id);
        if (running) {
            var user = imageUsers.stream().filter(ImageUser::running).findFirst();
            if (user.isPresent()) {
                return Optional.of(new DeleteConflict(true, true,
                        "image is being used by running container " + user.get().shortId()));
            }
        }
        if (references && !catalog.referencesOf(id).isEmpty()) {
            return Optional.of(new DeleteConflict(false, false, "image is referenced in multiple repositories"));
        }
        if (stopped) {
            var user = imageUsers.stream().filter(u -> !u.running()).findFirst();
            if (user.isPresent()) {
                return Optional.of(new DeleteConflict(false, true,
                        "image is being used by stopped container " + user.get().shortId()));
            }
        }
        return Optional.empty();
    }

    private record DeleteConflict(boolean hard, boolean used, String message) {
        Conflict exception(ImageId id) {
            return new Conflict("conflict: unable to delete " + id.shortId() + " ("
                    + (hard ? "cannot be forced" : "must be forced") + ") - " + message);
        }
    }
}
