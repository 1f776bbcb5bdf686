package dev.berth.domain.container;

import dev.berth.domain.image.ImageId;

import java.time.Instant;
import java.util.List;

/**
 * A container as the daemon records it. Immutable: every change makes a new value that the application stores.
 * {@code path} and {@code args} are the process it runs (entrypoint and cmd merged). {@code restartCount} counts the
 * restarts its restart policy made since the user last started it; {@code manuallyStopped} (dockerd's
 * {@code HasBeenManuallyStopped}) says the user stopped it since, which {@code unless-stopped} obeys.
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
        int restartCount,
        boolean manuallyStopped) {

    public Container {
        args = List.copyOf(args);
    }

    public Container withState(ContainerState newState) {
        return new Container(id, name, created, image, config, hostConfig, newState, path, args, restartCount,
                manuallyStopped);
    }

    public Container withHostConfig(HostConfig newHostConfig) {
        return new Container(id, name, created, image, config, newHostConfig, state, path, args, restartCount, manuallyStopped);
    }

    public Container withName(ContainerName newName) {
        return new Container(id, newName, created, image, config, hostConfig, state, path, args,
                restartCount, manuallyStopped);
    }

    /** With another restart count and user-stop mark (a policy restart, a user's start or stop). */
    public Container withRestarts(int newRestartCount, boolean newManuallyStopped) {
        return new Container(id, name, created, image, config, hostConfig, state, path, args, newRestartCount,
                newManuallyStopped);
    }
}
