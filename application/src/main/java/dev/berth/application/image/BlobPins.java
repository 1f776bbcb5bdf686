package dev.berth.application.image;

import dev.berth.domain.image.Digest;
import dev.berth.domain.storage.ContentStore;

import java.util.HashMap;
import java.util.Map;

/**
 * Blobs an unfinished load has written or found in the content store, and so needs even though no image uses them
 * yet. Pinning and pin-checked deletion exclude each other: a blob is either deleted before a load pins it (the
 * load's commit then writes it again) or kept.
 */
final class BlobPins {

    private final Map<Digest, Integer> pins = new HashMap<>();

    synchronized void pin(Digest digest) {
        pins.merge(digest, 1, Integer::sum);
    }

    synchronized void unpin(Digest digest) {
        pins.computeIfPresent(digest, (d, count) -> count == 1 ? null : count - 1);
    }

    synchronized void deleteUnlessPinned(Digest digest, ContentStore content) {
        if (!pins.containsKey(digest)) {
            content.delete(digest);
        }
    }
}
