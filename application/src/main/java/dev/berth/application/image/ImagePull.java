package dev.berth.application.image;

import dev.berth.domain.image.ImageReference;
import dev.berth.domain.registry.RegistryCredentials;

/** {@code docker pull}. */
public interface ImagePull {

    /**
     * Resolves the manifest {@code reference} names (a tag or a digest) for this host's platform; NotFound with the
     * registry's message when there is none. The returned transfer downloads what is missing and tags the image.
     */
    Transfer pull(ImageReference reference, RegistryCredentials credentials);
}
