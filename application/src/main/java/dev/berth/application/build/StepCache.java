package dev.berth.application.build;

import dev.berth.application.image.ImageListFilter;
import dev.berth.application.image.ImageQueries;
import dev.berth.domain.build.CacheKey;
import dev.berth.domain.image.Image;

import java.util.Optional;

/** Finds the image an earlier build made for the same step (see {@link CacheKey}); nothing with {@code --no-cache}. */
final class StepCache {

    private final ImageQueries images;
    private final boolean disabled;

    StepCache(ImageQueries images, boolean disabled) {
        this.images = images;
        this.disabled = disabled;
    }

    Optional<Image> find(CacheKey key) {
        if (disabled) {
            return Optional.empty();
        }
        return images.list(ImageListFilter.NONE).stream().filter(image -> key.matches(image.config())).findFirst();
    }
}
