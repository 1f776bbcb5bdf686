package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.berth.domain.container.ContainerNetworking.EndpointRequest;
import jakarta.validation.Valid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /containers/create}: a container Config with HostConfig and NetworkingConfig beside its
 * fields.
 */
public record ContainerCreateJson(
        @JsonUnwrapped @Valid ContainerConfigJson config,
        @JsonProperty("HostConfig") @Valid HostConfigJson hostConfig,
        @JsonProperty("NetworkingConfig") NetworkingConfigJson networkingConfig) {

    public record NetworkingConfigJson(@JsonProperty("EndpointsConfig") Map<String, EndpointSettingsJson> endpoints) {
    }

    /** {@code --network-alias} and {@code --ip} for one network. */
    public record EndpointSettingsJson(@JsonProperty("Aliases") List<String> aliases,
                                       @JsonProperty("IPAMConfig") IpamConfigJson ipamConfig) {

        EndpointRequest toDomain() {
            return new EndpointRequest(aliases, ipamConfig == null ? "" : ipamConfig.ipv4Address());
        }
    }

    public record IpamConfigJson(@JsonProperty("IPv4Address") String ipv4Address) {
    }

    /** The endpoints the container joins at start, by network name. */
    Map<String, EndpointRequest> endpoints() {
        Map<String, EndpointRequest> endpoints = new LinkedHashMap<>();
        if (networkingConfig != null && networkingConfig.endpoints() != null) {
            networkingConfig.endpoints().forEach((network, settings) -> endpoints.put(network,
                    settings == null ? new EndpointRequest(List.of(), "") : settings.toDomain()));
        }
        return endpoints;
    }
}
