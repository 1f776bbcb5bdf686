package dev.berth.adapters.plugins;

import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.ErrorKind;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.network.IpamDriver;
import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.plugins.sdk.ipam.IpamWire;
import dev.berth.plugins.sdk.protocol.Json;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An IPAM plugin behind the IpamDriver port. Pools come from the plugin's local default address space; the gateway
 * is the one the pool's data names, else an address asked for as the gateway, as libnetwork does.
 */
final class PluginIpamDriver implements IpamDriver {

    private static final Logger LOG = Logger.getLogger(PluginIpamDriver.class.getName());

    private final ActivePlugin plugin;
    private final String addressSpace;

    private PluginIpamDriver(ActivePlugin plugin, String addressSpace) {
        this.plugin = plugin;
        this.addressSpace = addressSpace;
    }

    /** Asks the plugin's default address space once; one that does not answer gets {@code LocalDefault}. */
    static PluginIpamDriver of(ActivePlugin plugin) {
        String space = "LocalDefault";
        try {
            String answered = Json.text(call(plugin, "GetDefaultAddressSpaces", Map.of())
                    .get("LocalDefaultAddressSpace"));
            space = answered.isEmpty() ? space : answered;
        } catch (BerthException e) {
            if (e.kind() == ErrorKind.UNAVAILABLE) {
                throw e;
            }
            LOG.log(Level.FINE, "IPAM plugin " + plugin.name() + " has no default address spaces", e);
        }
        return new PluginIpamDriver(plugin, space);
    }

    @Override
    public String name() {
        return plugin.name();
    }

    @Override
    public Pool requestPool(String subnet, String ipRange, Map<String, String> options) {
        IpamWire.Pool pool = IpamWire.pool(call("RequestPool", IpamWire.poolRequest(
                new IpamWire.PoolRequest(addressSpace, subnet, ipRange, options, false))));
        if (pool.poolId().isEmpty() || pool.pool().isEmpty()) {
            throw new SystemFault("IpamDriver.RequestPool: plugin " + name() + " answered no PoolID or Pool");
        }
        return new Pool(pool.poolId(), Ipv4Subnet.parse(pool.pool()),
                withoutPrefix(pool.data().getOrDefault(IpamWire.GATEWAY, "")));
    }

    @Override
    public void releasePool(String poolId) {
        call("ReleasePool", Map.of("PoolID", poolId));
    }

    @Override
    public String requestAddress(String poolId, String preferred, boolean gateway) {
        Map<String, String> options = gateway ? Map.of(IpamWire.REQUEST_ADDRESS_TYPE, IpamWire.GATEWAY) : Map.of();
        String address = withoutPrefix(Json.text(call("RequestAddress",
                Map.of("PoolID", poolId, "Address", preferred, "Options", options)).get("Address")));
        if (address.isEmpty()) {
            throw new SystemFault("IpamDriver.RequestAddress: plugin " + name() + " answered no Address");
        }
        Ipv4Subnet.address(address);
        return address;
    }

    @Override
    public void releaseAddress(String poolId, String address) {
        call("ReleaseAddress", Map.of("PoolID", poolId, "Address", address));
    }

    /** Plugins answer addresses with their prefix ({@code 10.0.0.2/24}); Berth keeps the bare address. */
    private static String withoutPrefix(String address) {
        int slash = address.indexOf('/');
        return slash < 0 ? address : address.substring(0, slash);
    }

    private Map<String, Object> call(String method, Map<String, Object> request) {
        return call(plugin, method, request);
    }

    private static Map<String, Object> call(ActivePlugin plugin, String method, Map<String, Object> request) {
        return plugin.client().call(IpamWire.PROTOCOL + "." + method, request);
    }
}
