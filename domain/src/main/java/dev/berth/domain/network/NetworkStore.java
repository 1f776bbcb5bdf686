package dev.berth.domain.network;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.PortBinding;

import java.util.List;

/** Keeps the networks and their endpoints across restarts (one atomic write each time they change). */
public interface NetworkStore {

    /** A port a running container publishes, with the host port it got. */
    record PublishedPort(ContainerId container, PortBinding binding) {
    }

    record State(List<Network> networks, List<Endpoint> endpoints, List<PublishedPort> ports) {
        public State {
            networks = List.copyOf(networks);
            endpoints = List.copyOf(endpoints);
            ports = List.copyOf(ports);
        }
    }

    State load();

    void save(State state);
}
