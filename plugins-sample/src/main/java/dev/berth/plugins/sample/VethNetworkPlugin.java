package dev.berth.plugins.sample;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.plugins.sdk.network.NetworkPlugin;
import dev.berth.plugins.sdk.network.NetworkWire.CreateNetwork;
import dev.berth.plugins.sdk.network.NetworkWire.EndpointInterface;
import dev.berth.plugins.sdk.network.NetworkWire.Join;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sample network driver: each network is a Linux bridge of its own ({@code sn} and the network ID's start)
 * holding the gateway address, each endpoint a veth pair whose host end is on that bridge and whose other end the
 * daemon moves into the container at Join. Calls go to {@link CallLog}.
 */
public final class VethNetworkPlugin implements NetworkPlugin {

    private record SampleNetwork(String bridge, String gateway) {
    }

    private final Map<String, SampleNetwork> networks = new ConcurrentHashMap<>();
    private final CallLog calls;

    public VethNetworkPlugin(Path root) throws IOException {
        this.calls = new CallLog(root);
    }

    @Override
    public void createNetwork(CreateNetwork request) {
        calls.record("CreateNetwork " + request.networkId());
        if (request.ipv4().size() != 1) {
            throw new InvalidParameter("the sample network driver takes one IPv4 pool");
        }
        String bridge = "sn" + request.networkId().substring(0, 12);
        String gateway = request.ipv4().getFirst().gateway();
        if (!HostIp.tryRun("link", "show", "dev", bridge)) {
            HostIp.run("link", "add", bridge, "type", "bridge");
        }
        HostIp.run("addr", "replace", gateway, "dev", bridge);
        HostIp.run("link", "set", "dev", bridge, "up");
        networks.put(request.networkId(), new SampleNetwork(bridge, gateway.replaceFirst("/.*", "")));
    }

    @Override
    public void deleteNetwork(String networkId) {
        calls.record("DeleteNetwork " + networkId);
        SampleNetwork network = networks.remove(networkId);
        if (network != null && HostIp.tryRun("link", "show", "dev", network.bridge())) {
            HostIp.run("link", "del", "dev", network.bridge());
        }
    }

    /** The daemon's address and MAC are kept. */
    @Override
    public EndpointInterface createEndpoint(String networkId, String endpointId, EndpointInterface requested) {
        calls.record("CreateEndpoint " + endpointId + " " + requested.address());
        network(networkId);
        return new EndpointInterface("", "");
    }

    @Override
    public Join join(String networkId, String endpointId, String sandboxKey) {
        calls.record("Join " + endpointId);
        SampleNetwork network = network(networkId);
        String host = hostEnd(endpointId);
        String container = "sc" + endpointId.substring(0, 12);
        if (HostIp.tryRun("link", "show", "dev", host)) {
            HostIp.run("link", "del", "dev", host);
        }
        HostIp.run("link", "add", host, "type", "veth", "peer", "name", container);
        HostIp.run("link", "set", "dev", host, "master", network.bridge(), "up");
        return new Join(container, "eth", network.gateway(), List.of());
    }

    @Override
    public void leave(String networkId, String endpointId) {
        calls.record("Leave " + endpointId);
    }

    /** The pair goes with its host end (the daemon gave the container end back at Leave, if it still existed). */
    @Override
    public void deleteEndpoint(String networkId, String endpointId) {
        calls.record("DeleteEndpoint " + endpointId);
        String host = hostEnd(endpointId);
        if (HostIp.tryRun("link", "show", "dev", host)) {
            HostIp.run("link", "del", "dev", host);
        }
    }

    private static String hostEnd(String endpointId) {
        return "sh" + endpointId.substring(0, 12);
    }

    private SampleNetwork network(String networkId) {
        SampleNetwork network = networks.get(networkId);
        if (network == null) {
            throw new NotFound("no such network: " + networkId);
        }
        return network;
    }
}
