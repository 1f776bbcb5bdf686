package dev.berth.domain.registry;

import dev.berth.domain.image.ImageReference;

/** The registries Berth pulls from and pushes to, over the OCI Distribution API. */
public interface Registry {

    /** The repository {@code name} designates (its domain and path), with pull, or pull and push, access. */
    RemoteRepository repository(ImageReference name, RegistryCredentials credentials, boolean push);

    /**
     * Checks credentials against a registry ({@code docker login}); {@code serverAddress} is what the client gave
     * ({@code 127.0.0.1:5000}, {@code https://index.docker.io/v1/}). Unauthorized with the registry's reason.
     */
    void login(String serverAddress, RegistryCredentials credentials);
}
