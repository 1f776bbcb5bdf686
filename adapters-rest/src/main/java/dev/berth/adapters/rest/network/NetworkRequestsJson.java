package dev.berth.adapters.rest.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.network.NetworkRequest;
import dev.berth.domain.container.ContainerNetworking.EndpointRequest;
import dev.berth.domain.error.InvalidParameter;

import java.util.List;
import java.util.Map;

/** The bodies of the network API's POSTs. */
final class NetworkRequestsJson {

    private NetworkRequestsJson() {
    }

    record Create(@JsonProperty("Name") String name, @JsonProperty("Driver") String driver,
                  @JsonProperty("Internal") boolean internal, @JsonProperty("Attachable") boolean attachable,
                  @JsonProperty("EnableIPv6") Boolean enableIpv6,
                  @JsonProperty("IPAM") Ipam ipam, @JsonProperty("Labels") Map<String, String> labels,
                  @JsonProperty("Options") Map<String, String> options) {

        NetworkRequest toDomain() {
            if (Boolean.TRUE.equals(enableIpv6)) {
                throw new InvalidParameter("IPv6 networks are not supported by Berth");
            }
            List<IpamConfig> configs = ipam == null || ipam.config() == null ? List.of() : ipam.config();
            if (configs.size() > 1) {
                throw new InvalidParameter("Berth networks have one IPv4 subnet");
            }
            IpamConfig c = configs.isEmpty() ? new IpamConfig(null, null, null, null) : configs.getFirst();
            return new NetworkRequest(name, driver, c.subnet(), c.gateway(), c.ipRange(), c.auxiliaryAddresses(),
                    internal, attachable, labels, options, ipam == null ? null : ipam.driver(),
                    ipam == null ? null : ipam.options());
        }
    }

    record Ipam(@JsonProperty("Driver") String driver, @JsonProperty("Config") List<IpamConfig> config,
                @JsonProperty("Options") Map<String, String> options) {
    }

    record IpamConfig(@JsonProperty("Subnet") String subnet, @JsonProperty("IPRange") String ipRange,
                      @JsonProperty("Gateway") String gateway,
                      @JsonProperty("AuxiliaryAddresses") Map<String, String> auxiliaryAddresses) {
    }

    record Created(@JsonProperty("Id") String id, @JsonProperty("Warning") String warning) {
    }

    record Connect(@JsonProperty("Container") String container,
                   @JsonProperty("EndpointConfig") EndpointConfig endpointConfig) {

        EndpointRequest toDomain() {
            if (endpointConfig == null) {
                return new EndpointRequest(List.of(), "");
            }
            return new EndpointRequest(endpointConfig.aliases(),
                    endpointConfig.ipamConfig() == null ? "" : endpointConfig.ipamConfig().ipv4Address());
        }
    }

    record EndpointConfig(@JsonProperty("Aliases") List<String> aliases,
                          @JsonProperty("IPAMConfig") EndpointIpam ipamConfig) {
    }

    record EndpointIpam(@JsonProperty("IPv4Address") String ipv4Address) {
    }

    record Disconnect(@JsonProperty("Container") String container, @JsonProperty("Force") boolean force) {
    }

    record Pruned(@JsonProperty("NetworksDeleted") List<String> networksDeleted) {
    }
}
