package dev.berth.application.container;

import dev.berth.domain.image.ImageId;

import java.util.List;

/** {@code docker commit}: a container's changes and config as a new image. */
public interface ContainerCommit {

    /**
     * NotFound for an unknown container, InvalidParameter for a bad change or reference. {@code repo} empty leaves
     * the image untagged; {@code changes} are Dockerfile instructions applied to the container's config.
     */
    ImageId commit(Request request);

    record Request(String container, String repo, String tag, String comment, String author, boolean pause,
                   List<String> changes) {

        public Request {
            changes = List.copyOf(changes);
        }
    }
}
