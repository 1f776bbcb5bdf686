package dev.berth.application.image;

import dev.berth.domain.image.Image;

/** An image as {@code image inspect} shows it, with the storage driver that holds its layers. */
public record ImageDetails(Image image, String storageDriver) {
}
