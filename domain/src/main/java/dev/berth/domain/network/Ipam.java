package dev.berth.domain.network;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Chooses subnets for networks and addresses for endpoints (dockerd's IPAM driver role). */
public interface Ipam {

    /** A subnet from the pools that overlaps none of {@code taken}; Forbidden when every pool is used. */
    Ipv4Subnet allocateSubnet(Collection<Ipv4Subnet> taken);

    /**
     * An address of the network not in {@code taken} (nor its gateway, broadcast or auxiliary addresses), from its
     * range when it has one; the {@code preferred} one when given.
     */
    String allocateAddress(Network network, Set<String> taken, Optional<String> preferred);
}
