package dev.berth.adapters.rest.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.common.ApiTime;
import dev.berth.domain.network.Endpoint;
import dev.berth.domain.network.Network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A network as {@code GET /networks} and {@code GET /networks/{id}} show it. */
public record NetworkJson(
        @JsonProperty("Name") String name,
        @JsonProperty("Id") String id,
        @JsonProperty("Created") String created,
        @JsonProperty("Scope") String scope,
        @JsonProperty("Driver") String driver,
        @JsonProperty("EnableIPv6") boolean enableIpv6,
        @JsonProperty("IPAM") IpamJson ipam,
        @JsonProperty("Internal") boolean internal,
        @JsonProperty("Attachable") boolean attachable,
        @JsonProperty("Ingress") boolean ingress,
        @JsonProperty("ConfigOnly") boolean configOnly,
        @JsonProperty("Containers") Map<String, EndpointJson> containers,
        @JsonProperty("Options") Map<String, String> options,
        @JsonProperty("Labels") Map<String, String> labels) {

    public record IpamJson(@JsonProperty("Driver") String driver, @JsonProperty("Options") Map<String, String> options,
                           @JsonProperty("Config") List<IpamConfigJson> config) {
    }

    public record IpamConfigJson(@JsonProperty("Subnet") String subnet,
                                 @JsonProperty("IPRange") String ipRange,
                                 @JsonProperty("Gateway") String gateway,
                                 @JsonProperty("AuxiliaryAddresses") Map<String, String> auxiliaryAddresses) {
    }

    public record EndpointJson(@JsonProperty("Name") String name, @JsonProperty("EndpointID") String endpointId,
                               @JsonProperty("MacAddress") String macAddress,
                               @JsonProperty("IPv4Address") String ipv4Address,
                               @JsonProperty("IPv6Address") String ipv6Address) {
    }

    /** With the running containers' endpoints in {@code Containers}. */
    public static NetworkJson from(Network n, List<Endpoint> endpoints) {
        List<IpamConfigJson> config = n.hasAddresses()
                ? List.of(new IpamConfigJson(n.subnet().toString(), n.ipRange() == null ? null : n.ipRange().toString(),
                n.gateway(), n.auxAddresses().isEmpty() ? null : n.auxAddresses()))
                : List.of();
        Map<String, EndpointJson> containers = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            if (e.active()) {
                containers.put(e.container().value(), new EndpointJson(e.containerName(), e.id(), e.mac(),
                        e.address() + "/" + n.subnet().prefix(), ""));
            }
        }
        return new NetworkJson(n.name(), n.id(), ApiTime.format(n.created()), n.scopeName(), n.driver(), false,
                new IpamJson(n.ipam().driver(), n.ipam().options(), config), n.internal(), n.attachable(), false, false, containers,
                n.options(), n.labels());
    }
}
