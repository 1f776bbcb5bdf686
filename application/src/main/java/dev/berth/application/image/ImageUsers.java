package dev.berth.application.image;

import dev.berth.domain.image.ImageId;

import java.util.List;

/** Which containers use an image; the container side implements it so image removal can refuse. */
public interface ImageUsers {

    List<ImageUser> usersOf(ImageId id);
}
