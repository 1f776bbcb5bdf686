package dev.berth.plugins.sample;

import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.Forbidden;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.plugins.sdk.ipam.IpamPlugin;
import dev.berth.plugins.sdk.ipam.IpamWire;
import dev.berth.plugins.sdk.ipam.IpamWire.Pool;
import dev.berth.plugins.sdk.ipam.IpamWire.PoolRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sample IPAM driver: one configured pool, granted once at a time (a network that asks for another subnet is
 * refused), the gateway its first address unless one is asked for, endpoints the next free ones. Calls go to
 * {@link CallLog}.
 */
public final class PoolIpamPlugin implements IpamPlugin {

    private final Ipv4Subnet pool;
    private final CallLog calls;
    /** The pools granted, by ID, with the addresses taken from each. */
    private final Map<String, Set<Integer>> granted = new HashMap<>();

    public PoolIpamPlugin(Ipv4Subnet pool, Path root) throws IOException {
        this.pool = pool;
        this.calls = new CallLog(root);
    }

    @Override
    public synchronized Pool requestPool(PoolRequest request) {
        calls.record("RequestPool " + request.pool());
        if (!request.pool().isEmpty() && !Ipv4Subnet.parse(request.pool()).equals(pool)) {
            throw new InvalidParameter("the sample IPAM driver only has " + pool);
        }
        String id = "sample/" + pool;
        if (granted.containsKey(id)) {
            throw new Forbidden("pool " + pool + " is in use");
        }
        granted.put(id, new HashSet<>());
        return new Pool(id, pool.toString(), Map.of());
    }

    @Override
    public synchronized void releasePool(String poolId) {
        calls.record("ReleasePool " + poolId);
        taken(poolId);
        granted.remove(poolId);
    }

    @Override
    public synchronized String requestAddress(String poolId, String address, Map<String, String> options) {
        Set<Integer> taken = taken(poolId);
        int chosen;
        if (!address.isEmpty()) {
            chosen = Ipv4Subnet.address(address);
            if (!pool.contains(chosen) || taken.contains(chosen)) {
                throw new Conflict("address " + address + " is not free in " + pool);
            }
        } else if (IpamWire.GATEWAY.equals(options.get(IpamWire.REQUEST_ADDRESS_TYPE))) {
            chosen = pool.at(1);
        } else {
            chosen = free(taken);
        }
        taken.add(chosen);
        String answer = Ipv4Subnet.dotted(chosen) + "/" + pool.prefix();
        calls.record("RequestAddress " + answer);
        return answer;
    }

    private int free(Set<Integer> taken) {
        for (long offset = 2; offset < pool.size() - 1; offset++) {
            if (!taken.contains(pool.at(offset))) {
                return pool.at(offset);
            }
        }
        throw new Forbidden("no free address in " + pool);
    }

    @Override
    public synchronized void releaseAddress(String poolId, String address) {
        calls.record("ReleaseAddress " + address);
        taken(poolId).remove(Ipv4Subnet.address(address.replaceFirst("/.*", "")));
    }

    private Set<Integer> taken(String poolId) {
        Set<Integer> taken = granted.get(poolId);
        if (taken == null) {
            throw new NotFound("no such pool: " + poolId);
        }
        return taken;
    }
}
