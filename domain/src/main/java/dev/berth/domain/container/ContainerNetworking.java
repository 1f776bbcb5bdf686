package dev.berth.domain.container;

import java.util.List;
import java.util.Map;

/**
 * A container's network settings from {@code HostConfig} and {@code NetworkingConfig}: published ports, DNS settings,
 * extra /etc/hosts entries and, per network it joins at start, its aliases and fixed address.
 */
public record ContainerNetworking(
        List<PortBinding> portBindings,
        boolean publishAllPorts,
        List<String> dns,
        List<String> dnsSearch,
        List<String> dnsOptions,
        List<String> extraHosts,
        Map<String, EndpointRequest> endpoints) {

    /** What the client asked for on one network ({@code --network-alias}, {@code --ip}). */
    public record EndpointRequest(List<String> aliases, String ipv4Address) {
        public EndpointRequest {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            ipv4Address = ipv4Address == null ? "" : ipv4Address;
        }
    }

    public static final ContainerNetworking NONE =
            new ContainerNetworking(List.of(), false, List.of(), List.of(), List.of(), List.of(), Map.of());

    public ContainerNetworking {
        portBindings = portBindings == null ? List.of() : List.copyOf(portBindings);
        dns = dns == null ? List.of() : List.copyOf(dns);
        dnsSearch = dnsSearch == null ? List.of() : List.copyOf(dnsSearch);
        dnsOptions = dnsOptions == null ? List.of() : List.copyOf(dnsOptions);
        extraHosts = extraHosts == null ? List.of() : List.copyOf(extraHosts);
        endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
    }
}
