package dev.berth.application.image;

import dev.berth.domain.image.ImageId;

/**
 * Making a new image on top of another: the builder's steps and {@code docker commit}. The image is stored without a
 * reference; tag it with {@link ImageCommands#tag}.
 */
public interface ImageCommit {

    ImageId commit(CommitRequest request);
}
