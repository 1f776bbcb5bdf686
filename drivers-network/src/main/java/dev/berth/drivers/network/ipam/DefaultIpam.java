package dev.berth.drivers.network.ipam;

import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.Forbidden;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.network.Ipam;
import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.domain.network.Network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * dockerd's default address pools (172.17.0.0/16 to 172.31.0.0/16, then 192.168.0.0/16 in /20s), skipping subnets
 * that overlap a route of the host (dockerd's docker0 or another daemon's bridges). Addresses go in order from the
 * start of the network's range. Callers serialise allocations on one network (the network service holds its lock).
 */
public final class DefaultIpam implements Ipam {

    private final List<Ipv4Subnet> pools;
    private final Supplier<Collection<Ipv4Subnet>> hostRoutes;

    public DefaultIpam(Supplier<Collection<Ipv4Subnet>> hostRoutes) {
        this(dockerPools(), hostRoutes);
    }

    DefaultIpam(List<Ipv4Subnet> pools, Supplier<Collection<Ipv4Subnet>> hostRoutes) {
        this.pools = List.copyOf(pools);
        this.hostRoutes = hostRoutes;
    }

    static List<Ipv4Subnet> dockerPools() {
        List<Ipv4Subnet> pools = new ArrayList<>();
        for (int second = 17; second <= 31; second++) {
            pools.add(Ipv4Subnet.parse("172." + second + ".0.0/16"));
        }
        for (int third = 0; third < 256; third += 16) {
            pools.add(Ipv4Subnet.parse("192.168." + third + ".0/20"));
        }
        return pools;
    }

    @Override
    public Ipv4Subnet allocateSubnet(Collection<Ipv4Subnet> taken) {
        List<Ipv4Subnet> used = new ArrayList<>(taken);
        hostRoutes.get().stream().filter(route -> route.prefix() > 0).forEach(used::add);
        return pools.stream().filter(pool -> used.stream().noneMatch(pool::overlaps)).findFirst()
                .orElseThrow(() -> new Forbidden(
                        "could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network"));
    }

    @Override
    public String allocateAddress(Network network, Set<String> taken, Optional<String> preferred) {
        Ipv4Subnet subnet = network.subnet();
        Set<Integer> reserved = new HashSet<>();
        taken.forEach(address -> reserved.add(Ipv4Subnet.address(address)));
        reserved.add(Ipv4Subnet.address(network.gateway()));
        network.auxAddresses().values().forEach(address -> reserved.add(Ipv4Subnet.address(address)));
        reserved.add(subnet.base());
        reserved.add(subnet.broadcast());
        if (preferred.isPresent()) {
            int wanted = Ipv4Subnet.address(preferred.get());
            if (!subnet.contains(wanted)) {
                throw new InvalidParameter("no configured subnet or ip-range contain the IP address "
                        + preferred.get());
            }
            if (reserved.contains(wanted)) {
                throw new Conflict("Address already in use");
            }
            return preferred.get();
        }
        Ipv4Subnet range = network.ipRange() != null ? network.ipRange() : subnet;
        for (long offset = 0; offset < range.size(); offset++) {
            int candidate = range.at(offset);
            if (subnet.contains(candidate) && !reserved.contains(candidate)) {
                return Ipv4Subnet.dotted(candidate);
            }
        }
        throw new Forbidden("no available IPv4 addresses on this network's address pools: " + network.name());
    }
}
