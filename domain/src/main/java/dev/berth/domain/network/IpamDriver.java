package dev.berth.domain.network;

import java.util.Map;

/**
 * An IPAM driver that owns its pools and allocations, as Docker's IPAM plugins do (moby {@code docs/extend/ipam.md}):
 * a network asks for a pool when it is made and gives it back when removed, an endpoint asks for an address when it
 * joins and gives it back when it leaves. The built-in allocation is {@link Ipam}.
 */
public interface IpamDriver {

    /** The name clients use ({@code --ipam-driver NAME}). */
    String name();

    /** A pool of {@code subnet} (empty: the driver chooses), with addresses from {@code ipRange} when not empty. */
    Pool requestPool(String subnet, String ipRange, Map<String, String> options);

    void releasePool(String poolId);

    /**
     * An address of the pool, without its prefix: {@code preferred} when not empty, else one the driver chooses;
     * {@code gateway} asks for the network's gateway.
     */
    String requestAddress(String poolId, String preferred, boolean gateway);

    void releaseAddress(String poolId, String address);

    /** A granted pool: its ID for later calls, its subnet, and its gateway when the driver chose one (else empty). */
    record Pool(String id, Ipv4Subnet subnet, String gateway) {

        public Pool {
            gateway = gateway == null ? "" : gateway;
        }
    }
}
