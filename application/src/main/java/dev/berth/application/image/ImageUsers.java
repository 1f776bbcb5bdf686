package dev.berth.application.image;

import dev.berth.domain.image.ImageId;

import java.util.List;

/** Which containers use an image; the container side implements it so image removal can refuse. */
public interface ImageUsers {

    List<ImageUser> usersOf(ImageId id);

    /** A container created from an image. */
    record ImageUser(String containerId, boolean running) {

        /** The 12-character form dockerd prints in conflict messages. */
        public String shortId() {
            return containerId.length() > 12 ? containerId.substring(0, 12) : containerId;
        }
    }
}
