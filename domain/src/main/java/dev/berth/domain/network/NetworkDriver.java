package dev.berth.domain.network;

import java.nio.file.Path;

/**
 * Builds networks on the host ({@code bridge}, {@code macvlan}...): the devices and packet rules of a network, and
 * each endpoint's interface in a container's network namespace. Every call is idempotent, so a restarted daemon can
 * replay what it knows.
 */
public interface NetworkDriver {

    /** The name clients use ({@code --driver bridge}). */
    String name();

    /** {@code local}, or {@code global} for a driver whose networks span hosts (a plugin says which). */
    default String scope() {
        return "local";
    }

    /** Checks the driver options of a network about to be created; InvalidParameter when one is wrong. */
    void validate(Network network);

    /** Makes (or restores) the network's devices and rules. */
    void create(Network network);

    /** Removes the network's devices and rules. */
    void delete(Network network);

    /** Gives the container whose namespace is {@code netns} its interface on the network. */
    void join(Network network, Endpoint endpoint, Path netns);

    /** Removes the endpoint's interface. */
    void leave(Network network, Endpoint endpoint, Path netns);

    /**
     * Whether the network's gateway is an address of the host (a bridge holds it): then the embedded DNS server
     * listens there and published ports reach the containers. A macvlan network's gateway is a router outside.
     */
    default boolean gatewayOnHost() {
        return true;
    }

    /**
     * Removes what {@link #create} made on the host that would not be right without the daemon (packet rules);
     * the devices stay for containers still running.
     */
    void shutdown(Network network);
}
