package dev.berth.drivers.network.common;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.network.Network;

/** Driver options several drivers read the same way. */
public final class DriverOptions {

    private DriverOptions() {
    }

    /** {@code com.docker.network.driver.mtu}; 0 when not set (the device's own). */
    public static int mtu(Network network) {
        String mtu = network.options().getOrDefault(Network.MTU_OPTION, "0");
        try {
            return Integer.parseInt(mtu);
        } catch (NumberFormatException e) {
            throw new InvalidParameter("invalid MTU: " + mtu);
        }
    }
}
