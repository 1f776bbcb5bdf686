package dev.berth.plugins.sdk.network;

import dev.berth.plugins.sdk.protocol.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NetworkDriver protocol's JSON (moby {@code docs/extend/plugins_network.md}, libnetwork {@code docs/remote.md}),
 * both ways: the SDK's server reads requests and writes answers, Berth's bridge the reverse.
 */
public final class NetworkWire {

    public static final String PROTOCOL = "NetworkDriver";
    /** The CreateNetwork option holding the network's driver options ({@code docker network create -o}). */
    public static final String GENERIC = "com.docker.network.generic";
    public static final String INTERNAL = "com.docker.network.internal";
    /** A StaticRoute's RouteType: via {@code NextHop}, or on the interface's link. */
    public static final int NEXT_HOP = 0;
    public static final int CONNECTED = 1;

    private NetworkWire() {
    }

    /** One IPv4 pool of a network, as CreateNetwork carries it: addresses with their prefix ({@code 10.0.0.1/24}). */
    public record IpamData(String addressSpace, String pool, String gateway, Map<String, String> auxAddresses) {
        public IpamData {
            auxAddresses = auxAddresses == null ? Map.of() : Map.copyOf(auxAddresses);
        }
    }

    /** {@code /NetworkDriver.CreateNetwork}: the network's ID, driver options, whether internal, its pools. */
    public record CreateNetwork(String networkId, Map<String, String> options, boolean internal,
                                List<IpamData> ipv4) {
        public CreateNetwork {
            options = Map.copyOf(options);
            ipv4 = List.copyOf(ipv4);
        }
    }

    /** An endpoint's interface: its address with prefix and MAC, either may be empty. */
    public record EndpointInterface(String address, String macAddress) {
    }

    /** A route the container gets on joining. */
    public record StaticRoute(String destination, int routeType, String nextHop) {
    }

    /**
     * The Join answer: the host interface {@code srcName} becomes {@code dstPrefix} plus a number in the container;
     * the default route goes via {@code gateway} unless it is empty.
     */
    public record Join(String srcName, String dstPrefix, String gateway, List<StaticRoute> staticRoutes) {
        public Join {
            gateway = gateway == null ? "" : gateway;
            staticRoutes = staticRoutes == null ? List.of() : List.copyOf(staticRoutes);
        }
    }

    public static Map<String, Object> createNetwork(CreateNetwork request) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put(GENERIC, request.options());
        options.put("com.docker.network.enable_ipv6", false);
        if (request.internal()) {
            options.put(INTERNAL, true);
        }
        return Map.of("NetworkID", request.networkId(), "Options", options,
                "IPv4Data", request.ipv4().stream().map(NetworkWire::ipamData).toList(), "IPv6Data", List.of());
    }

    public static CreateNetwork createNetwork(Map<String, Object> wire) {
        Map<?, ?> options = wire.get("Options") instanceof Map<?, ?> o ? o : Map.of();
        List<IpamData> ipv4 = wire.get("IPv4Data") instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).map(d -> ipamData((Map<?, ?>) d)).toList() : List.of();
        return new CreateNetwork(Json.text(wire.get("NetworkID")), Json.strings(options.get(GENERIC)),
                Boolean.TRUE.equals(options.get(INTERNAL)), ipv4);
    }

    private static Map<String, Object> ipamData(IpamData data) {
        return Map.of("AddressSpace", data.addressSpace(), "Pool", data.pool(), "Gateway", data.gateway(),
                "AuxAddresses", data.auxAddresses());
    }

    private static IpamData ipamData(Map<?, ?> wire) {
        return new IpamData(Json.text(wire.get("AddressSpace")), Json.text(wire.get("Pool")),
                Json.text(wire.get("Gateway")), Json.strings(wire.get("AuxAddresses")));
    }

    /** CreateEndpoint's request and answer carry {@code Interface}. */
    public static Map<String, Object> endpointInterface(EndpointInterface i) {
        return Map.of("Address", i.address(), "AddressIPv6", "", "MacAddress", i.macAddress());
    }

    /** An absent interface (a driver that changes nothing) reads as empty fields. */
    public static EndpointInterface endpointInterface(Object wire) {
        Map<?, ?> map = wire instanceof Map<?, ?> m ? m : Map.of();
        return new EndpointInterface(Json.text(map.get("Address")), Json.text(map.get("MacAddress")));
    }

    public static Map<String, Object> join(Join join) {
        return Map.of("InterfaceName", Map.of("SrcName", join.srcName(), "DstPrefix", join.dstPrefix()),
                "Gateway", join.gateway(), "StaticRoutes", join.staticRoutes().stream()
                        .map(r -> Map.<String, Object>of("Destination", r.destination(), "RouteType", r.routeType(),
                                "NextHop", r.nextHop())).toList());
    }

    public static Join join(Map<String, Object> wire) {
        Map<?, ?> name = wire.get("InterfaceName") instanceof Map<?, ?> n ? n : Map.of();
        List<StaticRoute> routes = wire.get("StaticRoutes") instanceof List<?> list
                ? list.stream().filter(Map.class::isInstance).map(r -> (Map<?, ?>) r)
                .map(r -> new StaticRoute(Json.text(r.get("Destination")),
                        r.get("RouteType") instanceof Number t ? t.intValue() : NEXT_HOP, Json.text(r.get("NextHop"))))
                .toList() : List.of();
        return new Join(Json.text(name.get("SrcName")), Json.text(name.get("DstPrefix")),
                Json.text(wire.get("Gateway")), routes);
    }
}
