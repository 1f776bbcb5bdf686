package dev.berth.plugins.sdk.ipam;

import dev.berth.plugins.sdk.ipam.IpamWire.Pool;
import dev.berth.plugins.sdk.ipam.IpamWire.PoolRequest;
import dev.berth.plugins.sdk.protocol.Json;
import dev.berth.plugins.sdk.protocol.PluginServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.berth.plugins.sdk.protocol.Json.text;

/**
 * A Docker IPAM plugin, served with {@link #serve}: {@code docker network create --ipam-driver NAME} asks it for a
 * pool, and for the gateway and each endpoint's address from it. Addresses go with their prefix
 * ({@code 10.0.0.2/24}). An exception reaches the daemon as {@code {"Err": message}}.
 */
public interface IpamPlugin {

    /** The address spaces pools come from when the daemon names none. */
    default String localAddressSpace() {
        return "LocalDefault";
    }

    default String globalAddressSpace() {
        return "GlobalDefault";
    }

    Pool requestPool(PoolRequest request);

    void releasePool(String poolId);

    /**
     * An address of the pool with its prefix: {@code address} when not empty; {@code options} may hold
     * {@link IpamWire#REQUEST_ADDRESS_TYPE} = {@link IpamWire#GATEWAY} when the daemon asks for the gateway.
     */
    String requestAddress(String poolId, String address, Map<String, String> options);

    void releaseAddress(String poolId, String address);

    /** Binds {@code socket} (e.g. {@code /run/docker/plugins/NAME.sock}) and answers the protocol's calls. */
    static PluginServer serve(Path socket, IpamPlugin plugin) throws IOException {
        return PluginServer.start(socket, List.of(IpamWire.PROTOCOL), Map.of(
                "/IpamDriver.GetCapabilities", r -> Map.of("RequiresMACAddress", false,
                        "RequiresRequestReplay", false),
                "/IpamDriver.GetDefaultAddressSpaces", r -> Map.of(
                        "LocalDefaultAddressSpace", plugin.localAddressSpace(),
                        "GlobalDefaultAddressSpace", plugin.globalAddressSpace()),
                "/IpamDriver.RequestPool", r -> IpamWire.pool(plugin.requestPool(IpamWire.poolRequest(r))),
                "/IpamDriver.ReleasePool", r -> {
                    plugin.releasePool(text(r.get("PoolID")));
                    return Map.of();
                },
                "/IpamDriver.RequestAddress", r -> Map.of("Address", plugin.requestAddress(text(r.get("PoolID")),
                        text(r.get("Address")), Json.strings(r.get("Options"))), "Data", Map.of()),
                "/IpamDriver.ReleaseAddress", r -> {
                    plugin.releaseAddress(text(r.get("PoolID")), text(r.get("Address")));
                    return Map.of();
                }));
    }
}
