package dev.berth.domain.network;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.PortBinding;

/** Makes published ports reach a container: listens on the host's address and port and forwards to the container. */
public interface PortForwarder {

    /**
     * Forwards {@code binding}'s host address and port (a free one when its port is 0 or a range) to
     * {@code containerAddress}; returns the binding with the host port taken. Conflict when the port is in use.
     */
    PortBinding open(ContainerId container, PortBinding binding, String containerAddress);

    /** Stops every forward of the container. */
    void closeAll(ContainerId container);
}
