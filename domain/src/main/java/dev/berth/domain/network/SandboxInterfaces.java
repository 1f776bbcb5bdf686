package dev.berth.domain.network;

import java.nio.file.Path;
import java.util.List;

/**
 * Hands interfaces a network plugin made on the host to a container's namespace and back, as dockerd does with the
 * {@code SrcName} of a plugin's Join answer.
 */
public interface SandboxInterfaces {

    /** A route in the container: to {@code destination} (CIDR) via {@code nextHop}, or on-link when it is empty. */
    record Route(String destination, String nextHop) {
    }

    /**
     * What the interface becomes in the namespace: its name, MAC (empty: kept), address with prefix, the default
     * route's gateway (empty: none) and further routes.
     */
    record Setup(String name, String mac, String addressCidr, String gateway, List<Route> routes) {

        public Setup {
            mac = mac == null ? "" : mac;
            gateway = gateway == null ? "" : gateway;
            routes = routes == null ? List.of() : List.copyOf(routes);
        }
    }

    /** Moves the host's interface {@code hostName} into the namespace {@code netns} and sets it up. */
    void moveIn(String hostName, Path netns, Setup setup);

    /** Gives the namespace's interface {@code name} back to the host as {@code hostName} (gone already: nothing). */
    void moveOut(Path netns, String name, String hostName);
}
