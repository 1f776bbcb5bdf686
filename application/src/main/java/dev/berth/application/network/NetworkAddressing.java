package dev.berth.application.network;

import dev.berth.domain.error.Forbidden;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.network.Ipam;
import dev.berth.domain.network.IpamDriver;
import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.domain.network.Network;
import dev.berth.domain.network.NetworkIpam;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Where networks and endpoints get their addresses: Berth's own {@link Ipam}, which needs no bookkeeping (the taken
 * addresses are the endpoints'), or an IPAM plugin ({@code --ipam-driver}), which grants a pool per network and an
 * address per endpoint, each given back when no longer used.
 */
final class NetworkAddressing {

    /** A new network's IPv4 settings and the IPAM that gave them. */
    record Allocation(Ipv4Subnet subnet, String gateway, Ipv4Subnet range, NetworkIpam ipam) {
    }

    private final Ipam builtIn;
    private final NetworkPlugins plugins;

    NetworkAddressing(Ipam builtIn, NetworkPlugins plugins) {
        this.builtIn = builtIn;
        this.plugins = plugins;
    }

    /** The subnet (requested or chosen around {@code taken}), gateway and range of a network about to be made. */
    Allocation forNetwork(NetworkRequest request, Collection<Ipv4Subnet> taken) {
        if (!request.ipamDriver().equals(NetworkIpam.DEFAULT)) {
            return fromPlugin(request, plugin(request.ipamDriver()));
        }
        Ipv4Subnet subnet = request.subnet().isEmpty() ? builtIn.allocateSubnet(taken)
                : requestedSubnet(request.subnet(), taken);
        String gateway = request.gateway().isEmpty() ? Ipv4Subnet.dotted(subnet.at(1)) : request.gateway();
        return new Allocation(subnet, gateway, range(request, subnet, gateway), NetworkIpam.BUILT_IN);
    }

    /** A pool, then the gateway the plugin chose with it or grants on request; the pool goes back on failure. */
    private static Allocation fromPlugin(NetworkRequest request, IpamDriver ipam) {
        IpamDriver.Pool pool = ipam.requestPool(request.subnet(), request.ipRange(), request.ipamOptions());
        try {
            String gateway = !pool.gateway().isEmpty() ? pool.gateway()
                    : ipam.requestAddress(pool.id(), request.gateway(), true);
            return new Allocation(pool.subnet(), gateway, range(request, pool.subnet(), gateway),
                    new NetworkIpam(ipam.name(), request.ipamOptions(), pool.id()));
        } catch (RuntimeException e) {
            releaseQuietly(ipam, pool.id(), e);
            throw e;
        }
    }

    private static Ipv4Subnet requestedSubnet(String cidr, Collection<Ipv4Subnet> taken) {
        Ipv4Subnet subnet = Ipv4Subnet.parse(cidr);
        if (taken.stream().anyMatch(subnet::overlaps)) {
            throw new Forbidden("Pool overlaps with other one on this address space");
        }
        return subnet;
    }

    /** Checks the gateway, range and auxiliary addresses against the subnet; the range, or null. */
    private static Ipv4Subnet range(NetworkRequest request, Ipv4Subnet subnet, String gateway) {
        if (!subnet.contains(gateway)) {
            throw new Forbidden("no matching subnet for gateway " + gateway);
        }
        Ipv4Subnet range = request.ipRange().isEmpty() ? null : Ipv4Subnet.parse(request.ipRange());
        if (range != null && !(subnet.contains(range.base()) && range.prefix() >= subnet.prefix())) {
            throw new Forbidden("no matching subnet for range " + request.ipRange());
        }
        request.auxAddresses().values().forEach(Ipv4Subnet::address);
        return range;
    }

    /** Gives a removed network's gateway and pool back to its plugin (nothing to do for the built-in IPAM). */
    void releaseNetwork(Network network) {
        if (network.ipam().builtIn()) {
            return;
        }
        IpamDriver ipam = plugin(network.ipam().driver());
        ipam.releaseAddress(network.ipam().poolId(), network.gateway());
        ipam.releasePool(network.ipam().poolId());
    }

    /** Undoes {@link #forNetwork} for a network that could not be made; a failure to do so is kept on {@code why}. */
    void abandon(Allocation allocation, RuntimeException why) {
        if (allocation.ipam().builtIn()) {
            return;
        }
        IpamDriver ipam = plugin(allocation.ipam().driver());
        try {
            ipam.releaseAddress(allocation.ipam().poolId(), allocation.gateway());
        } catch (RuntimeException e) {
            why.addSuppressed(e);
        }
        releaseQuietly(ipam, allocation.ipam().poolId(), why);
    }

    /** An endpoint's address: the built-in IPAM avoids {@code taken}; a plugin keeps its own books. */
    String forEndpoint(Network network, Set<String> taken, Optional<String> preferred) {
        if (network.ipam().builtIn()) {
            return builtIn.allocateAddress(network, taken, preferred);
        }
        return plugin(network.ipam().driver()).requestAddress(network.ipam().poolId(), preferred.orElse(""), false);
    }

    void releaseEndpoint(Network network, String address) {
        if (!network.ipam().builtIn()) {
            plugin(network.ipam().driver()).releaseAddress(network.ipam().poolId(), address);
        }
    }

    private IpamDriver plugin(String name) {
        return plugins.ipamDriver(name).orElseThrow(() -> new NotFound("plugin \"" + name + "\" not found"));
    }

    private static void releaseQuietly(IpamDriver ipam, String poolId, RuntimeException why) {
        try {
            ipam.releasePool(poolId);
        } catch (RuntimeException e) {
            why.addSuppressed(e);
        }
    }
}
