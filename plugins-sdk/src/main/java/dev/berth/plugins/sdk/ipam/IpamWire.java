package dev.berth.plugins.sdk.ipam;

import dev.berth.plugins.sdk.protocol.Json;

import java.util.Map;

/**
 * The IpamDriver protocol's JSON (moby {@code docs/extend/ipam.md}, libnetwork {@code docs/ipam.md}), shared by the
 * SDK's server and Berth's bridge.
 */
public final class IpamWire {

    public static final String PROTOCOL = "IpamDriver";
    /** RequestAddress's option key, and its value when the address asked for is the network's gateway. */
    public static final String REQUEST_ADDRESS_TYPE = "RequestAddressType";
    public static final String GATEWAY = "com.docker.network.gateway";

    private IpamWire() {
    }

    /** {@code /IpamDriver.RequestPool}: the address space, the wanted pool and sub-pool (CIDR, may be empty). */
    public record PoolRequest(String addressSpace, String pool, String subPool, Map<String, String> options,
                              boolean v6) {
        public PoolRequest {
            options = Map.copyOf(options);
        }
    }

    /** A granted pool; {@code data} may hold {@link #GATEWAY} (an address with prefix) when the plugin picks it. */
    public record Pool(String poolId, String pool, Map<String, String> data) {
        public Pool {
            data = Map.copyOf(data);
        }
    }

    public static Map<String, Object> poolRequest(PoolRequest request) {
        return Map.of("AddressSpace", request.addressSpace(), "Pool", request.pool(), "SubPool", request.subPool(),
                "Options", request.options(), "V6", request.v6());
    }

    public static PoolRequest poolRequest(Map<String, Object> wire) {
        return new PoolRequest(Json.text(wire.get("AddressSpace")), Json.text(wire.get("Pool")),
                Json.text(wire.get("SubPool")), Json.strings(wire.get("Options")), Boolean.TRUE.equals(wire.get("V6")));
    }

    public static Map<String, Object> pool(Pool pool) {
        return Map.of("PoolID", pool.poolId(), "Pool", pool.pool(), "Data", pool.data());
    }

    public static Pool pool(Map<String, Object> wire) {
        return new Pool(Json.text(wire.get("PoolID")), Json.text(wire.get("Pool")), Json.strings(wire.get("Data")));
    }
}
