package dev.berth.domain.image;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local image index: image records and the reference (tag) to image ID map. The config blobs themselves
 * live in the content store under the image ID. Every change is durable when the call returns.
 */
public interface ImageStore {

    List<ImageRecord> images();

    Optional<ImageRecord> image(ImageId id);

    /** Adds or replaces the record of {@code record.id()}. */
    void put(ImageRecord record);

    /** Forgets an image and every reference to it. */
    void remove(ImageId id);

    /** Every reference with the image it names. */
    Map<ImageReference, ImageId> references();

    /** Points {@code reference} at {@code id}; returns the image it named before, when it named another one. */
    Optional<ImageId> tag(ImageReference reference, ImageId id);

    /** Drops a reference; false when it did not exist. */
    boolean untag(ImageReference reference);
}
