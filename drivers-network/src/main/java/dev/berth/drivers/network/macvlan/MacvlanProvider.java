package dev.berth.drivers.network.macvlan;

import dev.berth.domain.network.NetworkDriver;
import dev.berth.plugins.sdk.DriverContext;
import dev.berth.plugins.sdk.network.NetworkDriverProvider;

import java.util.List;

public final class MacvlanProvider implements NetworkDriverProvider {

    @Override
    public String name() {
        return "macvlan";
    }

    @Override
    public NetworkDriver create(DriverContext context) {
        return new MacvlanNetworkDriver(List.of("ip"));
    }
}
