package dev.berth.domain.image;

import java.util.List;

/**
 * What the image store keeps about an image besides its config blob: the unpacked size of each layer, bottom
 * first (aligned with the config's diff IDs), measured once at load.
 */
public record ImageRecord(ImageId id, List<Long> layerSizes) {

    public ImageRecord {
        layerSizes = List.copyOf(layerSizes);
    }

    /** The sum of the layers' unpacked sizes, as {@code docker images} shows it. */
    public long size() {
        return layerSizes.stream().mapToLong(Long::longValue).sum();
    }
}
