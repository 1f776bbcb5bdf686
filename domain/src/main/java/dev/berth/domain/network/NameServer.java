package dev.berth.domain.network;

import java.util.List;
import java.util.Optional;

/**
 * The embedded DNS server of user-defined networks: answers the names of a network's containers and sends other
 * questions to the host's resolvers.
 */
public interface NameServer {

    /** What the server asks to answer a question. */
    interface Directory {
        /** The IPv4 addresses of {@code name} on the network the question arrived on. */
        List<String> lookup(String networkId, String name);

        /** The name of {@code address} on that network. */
        Optional<String> reverse(String networkId, String address);
    }

    /** Serves the network on its gateway address (port 53, UDP and TCP) until {@link #stop}. */
    void serve(Network network, Directory directory);

    void stop(Network network);
}
