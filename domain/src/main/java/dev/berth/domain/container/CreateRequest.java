package dev.berth.domain.container;

import java.util.Optional;
import java.util.Set;

/**
 * A client's request to create a container, before the image's defaults are merged in: null entrypoint/cmd
 * mean "not given" (take the image's), an empty one means "none". {@code volumes} are the container paths of
 * {@code Config.Volumes}: anonymous volumes unless a mount covers them.
 */
public record CreateRequest(Optional<ContainerName> name, ContainerConfig config, HostConfig hostConfig,
                            Set<String> volumes) {

    public CreateRequest {
        volumes = volumes == null ? Set.of() : Set.copyOf(volumes);
    }

    public CreateRequest(Optional<ContainerName> name, ContainerConfig config, HostConfig hostConfig) {
        this(name, config, hostConfig, Set.of());
    }
}
