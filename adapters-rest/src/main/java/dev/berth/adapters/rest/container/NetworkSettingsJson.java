package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.PortBinding;
import dev.berth.domain.network.Endpoint;
import dev.berth.domain.network.Network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A container's {@code NetworkSettings}: its published ports (exposed ones without a binding map to null) and one
 * entry per network; the top-level address fields are the default bridge's, as dockerd fills them.
 */
public record NetworkSettingsJson(
        @JsonProperty("Bridge") String bridge,
        @JsonProperty("SandboxID") String sandboxId,
        @JsonProperty("SandboxKey") String sandboxKey,
        @JsonProperty("Ports") Map<String, List<PortJson>> ports,
        @JsonProperty("IPAddress") String ipAddress,
        @JsonProperty("IPPrefixLen") int ipPrefixLen,
        @JsonProperty("Gateway") String gateway,
        @JsonProperty("MacAddress") String macAddress,
        @JsonProperty("Networks") Map<String, EndpointJson> networks) {

    public record PortJson(@JsonProperty("HostIp") String hostIp, @JsonProperty("HostPort") String hostPort) {
    }

    public record EndpointJson(
            @JsonProperty("Aliases") List<String> aliases,
            @JsonProperty("NetworkID") String networkId,
            @JsonProperty("EndpointID") String endpointId,
            @JsonProperty("Gateway") String gateway,
            @JsonProperty("IPAddress") String ipAddress,
            @JsonProperty("IPPrefixLen") int ipPrefixLen,
            @JsonProperty("MacAddress") String macAddress,
            @JsonProperty("DNSNames") List<String> dnsNames) {

        static EndpointJson from(Network network, Endpoint endpoint) {
            boolean active = endpoint.active();
            return new EndpointJson(endpoint.aliases().isEmpty() ? null : endpoint.aliases(), network.id(),
                    active ? endpoint.id() : "", active ? network.gateway() : "", endpoint.address(),
                    active ? network.subnet().prefix() : 0, endpoint.mac(),
                    active && network.resolvesNames() ? endpoint.names() : null);
        }
    }

    public static NetworkSettingsJson from(Container container, Map<Network, Endpoint> endpoints,
                                           List<PortBinding> published) {
        Map<String, List<PortJson>> ports = new TreeMap<>();
        if (container.state().isRunning()) {
            container.config().exposedPorts().forEach(port -> ports.put(port.contains("/") ? port : port + "/tcp",
                    null));
            for (PortBinding binding : published) {
                ports.computeIfAbsent(binding.portKey(), key -> new ArrayList<>())
                        .add(new PortJson(binding.hostIp().isEmpty() ? "0.0.0.0" : binding.hostIp(),
                                Integer.toString(binding.hostPort())));
            }
        }
        Map<String, EndpointJson> networks = new LinkedHashMap<>();
        String mode = container.hostConfig().networkMode();
        if (endpoints.isEmpty() && !mode.startsWith("container:")) {
            networks.put(mode, new EndpointJson(null, "", "", "", "", 0, "", null));
        }
        endpoints.forEach((network, endpoint) -> networks.put(network.name(), EndpointJson.from(network, endpoint)));
        EndpointJson bridge = networks.get(Network.DEFAULT_BRIDGE);
        return new NetworkSettingsJson("", "", "", ports, bridge == null ? "" : bridge.ipAddress(),
                bridge == null ? 0 : bridge.ipPrefixLen(), bridge == null ? "" : bridge.gateway(),
                bridge == null ? "" : bridge.macAddress(), networks);
    }

    /** The summary's {@code Ports} of {@code docker ps}. */
    public static List<Map<String, Object>> summaryPorts(List<PortBinding> published) {
        List<Map<String, Object>> ports = new ArrayList<>();
        for (PortBinding binding : published) {
            ports.add(Map.of("IP", binding.hostIp().isEmpty() ? "0.0.0.0" : binding.hostIp(),
                    "PrivatePort", binding.containerPort(), "PublicPort", binding.hostPort(),
                    "Type", binding.protocol()));
        }
        return ports;
    }
}
