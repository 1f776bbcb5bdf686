package dev.berth.application.network;

import dev.berth.domain.network.IpamDriver;
import dev.berth.domain.network.NetworkDriver;

import java.util.Optional;

/** Network and IPAM drivers beyond the built-in ones, found by name on first use: Docker's network plugins. */
public interface NetworkPlugins {

    /** The network driver plugin {@code name}, activated if needed; empty when there is no such plugin. */
    Optional<NetworkDriver> networkDriver(String name);

    /** The IPAM driver plugin {@code name}, activated if needed; empty when there is no such plugin. */
    Optional<IpamDriver> ipamDriver(String name);

    static NetworkPlugins none() {
        return new NetworkPlugins() {
            @Override
            public Optional<NetworkDriver> networkDriver(String name) {
                return Optional.empty();
            }

            @Override
            public Optional<IpamDriver> ipamDriver(String name) {
                return Optional.empty();
            }
        };
    }
}
