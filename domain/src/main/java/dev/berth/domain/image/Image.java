package dev.berth.domain.image;

import java.util.List;

/**
 * An image in the local store: its config, the references that name it and the size of its unpacked layers.
 * {@code topLayer} is the ChainID of its last layer, the parent of every container made from it
 * (empty for an image without layers).
 */
public record Image(ImageId id, ImageConfig config, List<ImageReference> references, long size) {

    public Image {
        references = List.copyOf(references);
    }

    public java.util.Optional<ChainId> topLayer() {
        return ChainId.of(config.diffIds());
    }
}
