package dev.berth.domain.container;

import java.util.Optional;

/**
 * A client's request to create a container, before the image's defaults are merged in: null entrypoint/cmd
 * mean "not given" (take the image's), an empty one means "none".
 */
public record CreateRequest(Optional<ContainerName> name, ContainerConfig config, HostConfig hostConfig) {
}
