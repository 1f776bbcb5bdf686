package dev.berth.drivers.network.bridge;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.network.Endpoint;
import dev.berth.domain.network.Network;
import dev.berth.domain.network.NetworkDriver;
import dev.berth.drivers.network.common.DriverOptions;
import dev.berth.drivers.network.common.HostCommand;
import dev.berth.drivers.network.common.PacketRule;

import java.nio.file.Path;
import java.util.List;

/**
 * Docker's {@code bridge} driver: a Linux bridge holding the gateway address, one veth pair per endpoint (the host
 * end on the bridge, the other in the container's namespace) and the rules of {@link BridgeRules}.
 */
final class BridgeNetworkDriver implements NetworkDriver {

    @Override
    public String name() {
        return "bridge";
    }

    @Override
    public void validate(Network network) {
        BridgeOptions.of(network);
    }

    @Override
    public void create(Network network) {
        BridgeOptions options = BridgeOptions.of(network);
        String bridge = options.bridgeName();
        if (!HostCommand.run(List.of("ip", "link", "show", "dev", bridge)).ok()) {
            HostCommand.require("ip", "link", "add", bridge, "type", "bridge");
        }
        String address = network.gateway() + "/" + network.subnet().prefix();
        HostCommand.require("ip", "addr", "replace", address, "dev", bridge);
        if (network.name().equals(Network.DEFAULT_BRIDGE)) {
            dropOtherAddresses(bridge, address);
        }
        if (options.mtu() > 0) {
            HostCommand.require("ip", "link", "set", "dev", bridge, "mtu", Integer.toString(options.mtu()));
        }
        HostCommand.require("ip", "link", "set", "dev", bridge, "up");
        List<PacketRule> rules = rules(network);
        for (int i = rules.size() - 1; i >= 0; i--) {
            rules.get(i).ensure();
        }
    }

    /**
     * The default bridge's device is Berth's own: an address left by an earlier data root (whose subnet this one
     * had to avoid) would keep routing that subnet to it, and each such start would add one more.
     */
    private static void dropOtherAddresses(String bridge, String keep) {
        String listing = HostCommand.require("ip", "-o", "-4", "addr", "show", "dev", bridge);
        for (String stale : BridgeAddresses.parse(listing)) {
            if (!stale.equals(keep)) {
                HostCommand.require("ip", "addr", "del", stale, "dev", bridge);
            }
        }
    }

    @Override
    public void delete(Network network) {
        shutdown(network);
        String bridge = BridgeOptions.of(network).bridgeName();
        if (HostCommand.run(List.of("ip", "link", "show", "dev", bridge)).ok()) {
            HostCommand.require("ip", "link", "del", "dev", bridge);
        }
    }

    @Override
    public void shutdown(Network network) {
        rules(network).forEach(PacketRule::remove);
    }

    private static List<PacketRule> rules(Network network) {
        return BridgeRules.rules(BridgeOptions.of(network).bridgeName(), network.subnet(), network.internal());
    }

    @Override
    public void join(Network network, Endpoint endpoint, Path netns) {
        BridgeOptions options = BridgeOptions.of(network);
        String namespace = netns.getFileName().toString();
        String hostEnd = hostEnd(endpoint);
        String peer = "vc" + hostEnd.substring(2);
        leave(network, endpoint, netns);
        HostCommand.require("ip", "link", "add", hostEnd, "type", "veth", "peer", "name", peer, "netns", namespace);
        String mtu = Integer.toString(options.mtu() > 0 ? options.mtu() : 1500);
        HostCommand.require("ip", "link", "set", "dev", hostEnd, "master", options.bridgeName(), "mtu", mtu, "up");
        String device = endpoint.interfaceName();
        HostCommand.require("ip", "-n", namespace, "link", "set", "dev", peer, "name", device,
                "address", endpoint.mac(), "mtu", mtu);
        HostCommand.require("ip", "-n", namespace, "addr", "add",
                endpoint.address() + "/" + network.subnet().prefix(), "dev", device);
        HostCommand.require("ip", "-n", namespace, "link", "set", "dev", device, "up");
        boolean hasDefaultRoute = !HostCommand.require("ip", "-n", namespace, "-4", "route", "show", "default")
                .isEmpty();
        if (!network.internal() && !hasDefaultRoute) {
            HostCommand.require("ip", "-n", namespace, "route", "add", "default", "via", network.gateway());
        }
    }

    @Override
    public void leave(Network network, Endpoint endpoint, Path netns) {
        String hostEnd = hostEnd(endpoint);
        if (HostCommand.run(List.of("ip", "link", "show", "dev", hostEnd)).ok()) {
            HostCommand.require("ip", "link", "del", "dev", hostEnd);
        }
    }

    /** {@code vb} and 11 hex digits of the endpoint ID: unique and within the 15 characters a device name has. */
    private static String hostEnd(Endpoint endpoint) {
        return "vb" + endpoint.id().substring(0, 11);
    }

    /** The driver options Berth acts on; others dockerd knows are accepted and kept. */
    record BridgeOptions(String bridgeName, int mtu) {

        static BridgeOptions of(Network network) {
            String name = network.options().getOrDefault(Network.BRIDGE_NAME_OPTION, "br-" + network.shortId());
            if (!name.matches("[A-Za-z0-9_.-]{1,15}")) {
                throw new InvalidParameter("invalid bridge name: " + name);
            }
            return new BridgeOptions(name, DriverOptions.mtu(network));
        }
    }
}
