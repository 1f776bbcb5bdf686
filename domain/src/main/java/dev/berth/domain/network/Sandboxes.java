package dev.berth.domain.network;

import dev.berth.domain.container.ContainerId;

import java.nio.file.Path;

/** One network namespace per container, kept as a file the runtime and the drivers join by path. */
public interface Sandboxes {

    /** Makes the container's namespace (with its loopback up) unless it exists; returns its path. */
    Path create(ContainerId id);

    Path path(ContainerId id);

    boolean exists(ContainerId id);

    /** Removes the namespace: every interface in it goes too. */
    void remove(ContainerId id);
}
