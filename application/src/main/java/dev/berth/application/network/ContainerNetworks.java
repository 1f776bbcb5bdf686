package dev.berth.application.network;

import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.runtime.NetworkSpec;

import java.util.function.Function;

/** What the container use cases ask of networking, through a container's life. */
public interface ContainerNetworks {

    /** At create: checks the networks the container names and records its endpoints (no address yet). */
    void configure(Container container);

    /**
     * At start: the container's namespace joined to its networks, its published ports opened, and its name files.
     * {@code find} resolves the container of {@code --network container:<name>}.
     */
    NetworkSpec attach(Container container, Function<String, Container> find);

    /** Once a running container is known again after a daemon restart: its published ports listen again. */
    void restore(Container container);

    /** When the container stops: its ports closed, its addresses released, its namespace removed. */
    void detach(ContainerId id);

    /** When the container is removed: its endpoints go. */
    void forget(ContainerId id);

    /** No networking: a private namespace with loopback only (tests, and callers without networks). */
    ContainerNetworks NONE = new ContainerNetworks() {
        @Override
        public void configure(Container container) {
        }

        @Override
        public NetworkSpec attach(Container container, Function<String, Container> find) {
            return NetworkSpec.privateNamespace(null, null);
        }

        @Override
        public void restore(Container container) {
        }

        @Override
        public void detach(ContainerId id) {
        }

        @Override
        public void forget(ContainerId id) {
        }
    };
}
