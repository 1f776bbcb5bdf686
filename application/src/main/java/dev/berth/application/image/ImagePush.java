package dev.berth.application.image;

import dev.berth.domain.registry.RegistryCredentials;

/** {@code docker push}. */
public interface ImagePush {

    /**
     * Finds the local images to push: {@code repository:tag}, or every tag of {@code repository} when {@code tag}
     * is empty; NotFound when there is none. The returned transfer uploads the missing blobs and the manifests.
     */
    Transfer push(String repository, String tag, RegistryCredentials credentials);
}
