package dev.berth.application.build;

import dev.berth.application.image.CommitRequest;
import dev.berth.application.image.ImageCommit;
import dev.berth.application.image.ImageListFilter;
import dev.berth.application.image.ImageQueries;
import dev.berth.domain.build.CacheKey;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageId;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A step's image: the one an earlier build made for the same step (see {@link CacheKey}; never with
 * {@code --no-cache}), else the one the step makes; either becomes the stage's current image.
 */
final class Steps {

    private final ImageQueries images;
    private final ImageCommit commits;
    private final BuildOutput output;
    private final boolean noCache;

    Steps(ImageQueries images, ImageCommit commits, BuildOutput output, boolean noCache) {
        this.images = images;
        this.commits = commits;
        this.output = output;
        this.noCache = noCache;
    }

    void step(StageState stage, String createdBy, Supplier<ImageId> make) {
        Optional<Image> cached = cached(new CacheKey(stage.imageConfig(), createdBy, stage.config));
        if (cached.isPresent()) {
            output.stream(" ---> Using cache\n");
            stage.moveTo(cached.get());
        } else {
            stage.moveTo(images.resolve(make.get().toString()));
        }
        output.stream(" ---> " + stage.imageId().orElseThrow().shortId() + "\n");
    }

    /** A step that only changes the config to {@code config}. */
    void change(StageState stage, String createdBy, ContainerDefaults config) {
        Optional<ImageId> parent = stage.imageId();
        stage.config = config;
        step(stage, createdBy, () -> commits.commit(new CommitRequest(parent, Optional.empty(), config, createdBy,
                null, null)));
    }

    private Optional<Image> cached(CacheKey key) {
        if (noCache) {
            return Optional.empty();
        }
        return images.list(ImageListFilter.NONE).stream().filter(image -> key.matches(image.config())).findFirst();
    }
}
