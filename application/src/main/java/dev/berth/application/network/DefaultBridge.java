package dev.berth.application.network;

import dev.berth.domain.network.Ipv4Subnet;

import java.util.Optional;

/**
 * The daemon's predefined {@code bridge} network: its Linux bridge ({@code -b}, default {@code berth0}) and, when
 * known, its address and subnet ({@code --bip 10.200.0.1/24}); without one, a free subnet is chosen.
 */
public record DefaultBridge(String device, Optional<String> bip) {

    public DefaultBridge {
        bip.ifPresent(Ipv4Subnet::parse);
    }

    public Optional<Ipv4Subnet> subnet() {
        return bip.map(Ipv4Subnet::parse);
    }

    /** The gateway: the address part of {@code --bip}. */
    public Optional<String> gateway() {
        return bip.map(cidr -> cidr.substring(0, cidr.indexOf('/')));
    }
}
