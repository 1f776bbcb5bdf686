package dev.berth.plugins.sdk.network;

import dev.berth.plugins.sdk.network.NetworkWire.CreateNetwork;
import dev.berth.plugins.sdk.network.NetworkWire.EndpointInterface;
import dev.berth.plugins.sdk.network.NetworkWire.Join;
import dev.berth.plugins.sdk.protocol.PluginServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.berth.plugins.sdk.protocol.Json.text;

/**
 * A Docker network driver plugin, served with {@link #serve}: {@code docker network create -d NAME} then calls
 * {@link #createNetwork}, and each container joining it {@link #createEndpoint} and {@link #join}, whose answer names
 * an interface the plugin made on the host for the daemon to move into the container. An exception reaches the
 * daemon as {@code {"Err": message}}.
 */
public interface NetworkPlugin {

    /** {@code local} unless overridden ({@code global}: networks that span hosts). */
    default String scope() {
        return "local";
    }

    void createNetwork(CreateNetwork request);

    void deleteNetwork(String networkId);

    /**
     * The endpoint's interface: the daemon sends the address its IPAM gave; answer an empty interface to keep it, or
     * fill what the daemon left empty.
     */
    EndpointInterface createEndpoint(String networkId, String endpointId, EndpointInterface requested);

    void deleteEndpoint(String networkId, String endpointId);

    /** {@code sandboxKey} is the container's network namespace (a path). */
    Join join(String networkId, String endpointId, String sandboxKey);

    void leave(String networkId, String endpointId);

    /** Binds {@code socket} (e.g. {@code /run/docker/plugins/NAME.sock}) and answers the protocol's calls. */
    static PluginServer serve(Path socket, NetworkPlugin plugin) throws IOException {
        return PluginServer.start(socket, List.of(NetworkWire.PROTOCOL), Map.ofEntries(
                Map.entry("/NetworkDriver.GetCapabilities", r -> Map.of("Scope", plugin.scope(),
                        "ConnectivityScope", plugin.scope())),
                Map.entry("/NetworkDriver.CreateNetwork", r -> {
                    plugin.createNetwork(NetworkWire.createNetwork(r));
                    return Map.of();
                }),
                Map.entry("/NetworkDriver.DeleteNetwork", r -> {
                    plugin.deleteNetwork(text(r.get("NetworkID")));
                    return Map.of();
                }),
                Map.entry("/NetworkDriver.CreateEndpoint", r -> {
                    EndpointInterface answer = plugin.createEndpoint(text(r.get("NetworkID")),
                            text(r.get("EndpointID")), NetworkWire.endpointInterface(r.get("Interface")));
                    return answer.address().isEmpty() && answer.macAddress().isEmpty() ? Map.of()
                            : Map.of("Interface", NetworkWire.endpointInterface(answer));
                }),
                Map.entry("/NetworkDriver.DeleteEndpoint", r -> {
                    plugin.deleteEndpoint(text(r.get("NetworkID")), text(r.get("EndpointID")));
                    return Map.of();
                }),
                Map.entry("/NetworkDriver.EndpointOperInfo", r -> Map.of("Value", Map.of())),
                Map.entry("/NetworkDriver.Join", r -> NetworkWire.join(plugin.join(text(r.get("NetworkID")),
                        text(r.get("EndpointID")), text(r.get("SandboxKey"))))),
                Map.entry("/NetworkDriver.Leave", r -> {
                    plugin.leave(text(r.get("NetworkID")), text(r.get("EndpointID")));
                    return Map.of();
                }),
                Map.entry("/NetworkDriver.DiscoverNew", r -> Map.of()),
                Map.entry("/NetworkDriver.DiscoverDelete", r -> Map.of()),
                Map.entry("/NetworkDriver.ProgramExternalConnectivity", r -> Map.of()),
                Map.entry("/NetworkDriver.RevokeExternalConnectivity", r -> Map.of())));
    }
}
