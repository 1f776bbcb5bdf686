package dev.berth.domain.container;

import dev.berth.domain.image.ImageId;

import java.time.Instant;
import java.util.List;

/**
 * A container as the daemon records it. Immutable: every change makes a new value that the application stores.
 * {@code path} and {@code args} are the process it runs (entrypoint and cmd merged).
 */
public record Container(
        ContainerId id,
        ContainerName name,
        Instant created,
        ImageId image,
        ContainerConfig config,
        HostConfig hostConfig,
        ContainerState state,
        String path,
        List<String> args,
        int restartCount) {

    public Container {
        args = List.copyOf(args);
    }

    public Container withState(ContainerState newState) {
        return new Container(id, name, created, image, config, hostConfig, newState, path, args, restartCount);
    }

    public Container withHostConfig(HostConfig newHostConfig) {
        return new Container(id, name, created, image, config, newHostConfig, state, path, args, restartCount);
    }

    public Container withName(ContainerName newName) {
        return new Container(id, newName, created, image, config, hostConfig, state, path, args,
                restartCount);
    }
}
