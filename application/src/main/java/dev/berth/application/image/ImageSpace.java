package dev.berth.application.image;

import dev.berth.domain.image.ImageId;

import java.util.Map;

/**
 * What the images take on disk: {@code layersSize} counts each layer once however many images share it; an image's
 * shared size is the part of it (whole layers) that some other image uses too.
 */
public record ImageSpace(long layersSize, Map<ImageId, Long> sharedSizes) {

    public ImageSpace {
        sharedSizes = Map.copyOf(sharedSizes);
    }

    public long sharedSize(ImageId id) {
        return sharedSizes.getOrDefault(id, 0L);
    }
}
