package dev.berth.drivers.network.ipvlan;

import dev.berth.domain.network.NetworkDriver;
import dev.berth.plugins.sdk.DriverContext;
import dev.berth.plugins.sdk.network.NetworkDriverProvider;

import java.util.List;

public final class IpvlanProvider implements NetworkDriverProvider {

    @Override
    public String name() {
        return "ipvlan";
    }

    @Override
    public NetworkDriver create(DriverContext context) {
        return new IpvlanNetworkDriver(List.of("ip"));
    }
}
