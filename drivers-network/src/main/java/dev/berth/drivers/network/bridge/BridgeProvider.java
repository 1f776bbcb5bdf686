package dev.berth.drivers.network.bridge;

import dev.berth.domain.network.NetworkDriver;
import dev.berth.plugins.sdk.DriverContext;
import dev.berth.plugins.sdk.network.NetworkDriverProvider;

public final class BridgeProvider implements NetworkDriverProvider {

    @Override
    public String name() {
        return "bridge";
    }

    @Override
    public NetworkDriver create(DriverContext context) {
        return new BridgeNetworkDriver();
    }
}
