package dev.berth.application.image;

import dev.berth.domain.registry.RegistryCredentials;

/** {@code docker login}: the daemon checks the credentials; the client stores them. */
@FunctionalInterface
public interface RegistryLogin {

    /** Unauthorized with the registry's reason when it refuses them. */
    void login(String serverAddress, RegistryCredentials credentials);
}
