package dev.berth.adapters.plugins;

import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.ErrorKind;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.network.Endpoint;
import dev.berth.domain.network.Network;
import dev.berth.domain.network.NetworkDriver;
import dev.berth.domain.network.SandboxInterfaces;
import dev.berth.plugins.sdk.network.NetworkWire;
import dev.berth.plugins.sdk.network.NetworkWire.CreateNetwork;
import dev.berth.plugins.sdk.network.NetworkWire.IpamData;
import dev.berth.plugins.sdk.network.NetworkWire.Join;
import dev.berth.plugins.sdk.protocol.Json;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A network driver plugin behind the NetworkDriver port. Joining is CreateEndpoint with the address Berth's IPAM
 * gave, then Join, whose answer names the host interface the plugin made: Berth moves it into the container's
 * namespace as {@code DstPrefix} plus the endpoint's number and sets its address and routes, as dockerd does.
 */
final class PluginNetworkDriver implements NetworkDriver {

    private static final Logger LOG = Logger.getLogger(PluginNetworkDriver.class.getName());

    private final ActivePlugin plugin;
    private final String scope;
    private final SandboxInterfaces interfaces;
    /** Each joined endpoint's interface, to give it back to the host at Leave (the plugin may reuse it). */
    private final Map<String, Moved> moved = new ConcurrentHashMap<>();

    private record Moved(String hostName, String name) {
    }

    private PluginNetworkDriver(ActivePlugin plugin, String scope, SandboxInterfaces interfaces) {
        this.plugin = plugin;
        this.scope = scope;
        this.interfaces = interfaces;
    }

    /** Asks the plugin's scope once; one that does not answer GetCapabilities is {@code local}. */
    static PluginNetworkDriver of(ActivePlugin plugin, SandboxInterfaces interfaces) {
        String scope = "local";
        try {
            String answered = Json.text(call(plugin, "GetCapabilities", Map.of()).get("Scope"));
            scope = answered.isEmpty() ? scope : answered;
        } catch (BerthException e) {
            if (e.kind() == ErrorKind.UNAVAILABLE) {
                throw e;
            }
            LOG.log(Level.FINE, "network plugin " + plugin.name() + " has no capabilities", e);
        }
        return new PluginNetworkDriver(plugin, scope, interfaces);
    }

    @Override
    public String name() {
        return plugin.name();
    }

    @Override
    public String scope() {
        return scope;
    }

    /** The plugin checks its options in CreateNetwork. */
    @Override
    public void validate(Network network) {
    }

    @Override
    public void create(Network network) {
        String prefix = "/" + network.subnet().prefix();
        Map<String, String> aux = new LinkedHashMap<>();
        network.auxAddresses().forEach((k, v) -> aux.put(k, v + prefix));
        IpamData pool = new IpamData(network.ipam().builtIn() ? "LocalDefault" : network.ipam().driver(),
                network.subnet().toString(), network.gateway() + prefix, aux);
        call("CreateNetwork", NetworkWire.createNetwork(new CreateNetwork(network.id(), network.options(),
                network.internal(), List.of(pool))));
    }

    @Override
    public void delete(Network network) {
        call("DeleteNetwork", Map.of("NetworkID", network.id()));
    }

    @Override
    public void join(Network network, Endpoint endpoint, Path netns) {
        Map<String, Object> ids = ids(network, endpoint);
        String address = endpoint.address() + "/" + network.subnet().prefix();
        Map<String, Object> create = new LinkedHashMap<>(ids);
        create.put("Interface", NetworkWire.endpointInterface(
                new NetworkWire.EndpointInterface(address, endpoint.mac())));
        create.put("Options", Map.of());
        String mac = NetworkWire.endpointInterface(call("CreateEndpoint", create).get("Interface")).macAddress();
        try {
            Map<String, Object> join = new LinkedHashMap<>(ids);
            join.put("SandboxKey", netns.toString());
            join.put("Options", Map.of());
            Join answer = NetworkWire.join(call("Join", join));
            if (answer.srcName().isEmpty()) {
                throw new SystemFault("NetworkDriver.Join: plugin " + name() + " named no interface (SrcName)");
            }
            String name = containerName(endpoint, answer);
            interfaces.moveIn(answer.srcName(), netns, new SandboxInterfaces.Setup(name,
                    mac.isEmpty() ? endpoint.mac() : mac, address, network.internal() ? "" : answer.gateway(),
                    answer.staticRoutes().stream().map(r -> new SandboxInterfaces.Route(r.destination(),
                            r.routeType() == NetworkWire.CONNECTED ? "" : r.nextHop())).toList()));
            moved.put(endpoint.id(), new Moved(answer.srcName(), name));
            optional("ProgramExternalConnectivity", join);
        } catch (RuntimeException e) {
            undo(network, endpoint, e);
            throw e;
        }
    }

    /** A join that failed half-way leaves nothing at the plugin: Leave (it may not have joined) and DeleteEndpoint. */
    private void undo(Network network, Endpoint endpoint, RuntimeException why) {
        for (String method : List.of("Leave", "DeleteEndpoint")) {
            try {
                call(method, ids(network, endpoint));
            } catch (RuntimeException e) {
                why.addSuppressed(e);
            }
        }
    }

    /** DstPrefix and the number of Berth's name for the endpoint's interface ({@code eth1}: the second one). */
    private static String containerName(Endpoint endpoint, Join answer) {
        String prefix = answer.dstPrefix().isEmpty() ? "eth" : answer.dstPrefix();
        return prefix + endpoint.interfaceName().replaceFirst("^\\D*", "");
    }

    @Override
    public void leave(Network network, Endpoint endpoint, Path netns) {
        Map<String, Object> ids = ids(network, endpoint);
        optional("RevokeExternalConnectivity", ids);
        Moved interfaceOf = moved.remove(endpoint.id());
        if (interfaceOf != null) {
            interfaces.moveOut(netns, interfaceOf.name(), interfaceOf.hostName());
        }
        call("Leave", ids);
        call("DeleteEndpoint", ids);
    }

    /** The plugin keeps its networks while the daemon is down. */
    @Override
    public void shutdown(Network network) {
    }

    private static Map<String, Object> ids(Network network, Endpoint endpoint) {
        return Map.of("NetworkID", network.id(), "EndpointID", endpoint.id());
    }

    /** A call plugins need not implement: dockerd takes a NotFound answer (no such endpoint) as done. */
    private void optional(String method, Map<String, Object> request) {
        try {
            call(method, request);
        } catch (BerthException e) {
            if (e.kind() != ErrorKind.NOT_FOUND) {
                throw e;
            }
        }
    }

    private Map<String, Object> call(String method, Map<String, Object> request) {
        return call(plugin, method, request);
    }

    private static Map<String, Object> call(ActivePlugin plugin, String method, Map<String, Object> request) {
        return plugin.client().call(NetworkWire.PROTOCOL + "." + method, request);
    }
}
