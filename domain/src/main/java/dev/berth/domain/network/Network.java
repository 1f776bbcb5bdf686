package dev.berth.domain.network;

import java.time.Instant;
import java.util.Map;

/**
 * A network containers join: predefined ({@code bridge}, {@code host}, {@code none}) or made by a client. Bridge-like
 * networks have one IPv4 subnet, its gateway (on the host's bridge), an optional range addresses are taken from and
 * auxiliary addresses kept out of allocation, given by Berth's IPAM or a plugin's pool ({@link NetworkIpam}).
 */
public record Network(
        String id,
        String name,
        String driver,
        Instant created,
        Ipv4Subnet subnet,
        String gateway,
        Ipv4Subnet ipRange,
        Map<String, String> auxAddresses,
        boolean internal,
        boolean attachable,
        Map<String, String> labels,
        Map<String, String> options,
        String scopeName,
        NetworkIpam ipam) {

    public static final String DEFAULT_BRIDGE = "bridge";
    /** The driver option naming the Linux bridge device, as dockerd's. */
    public static final String BRIDGE_NAME_OPTION = "com.docker.network.bridge.name";
    public static final String MTU_OPTION = "com.docker.network.driver.mtu";

    public Network {
        auxAddresses = auxAddresses == null ? Map.of() : Map.copyOf(auxAddresses);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        options = options == null ? Map.of() : Map.copyOf(options);
        scopeName = scopeName == null ? "local" : scopeName;
        ipam = ipam == null ? NetworkIpam.BUILT_IN : ipam;
    }

    /** A network whose addresses Berth's own IPAM gives. */
    public Network(String id, String name, String driver, Instant created, Ipv4Subnet subnet, String gateway,
                   Ipv4Subnet ipRange, Map<String, String> auxAddresses, boolean internal, boolean attachable,
                   Map<String, String> labels, Map<String, String> options, String scopeName) {
        this(id, name, driver, created, subnet, gateway, ipRange, auxAddresses, internal, attachable, labels, options,
                scopeName, NetworkIpam.BUILT_IN);
    }

    /** The predefined networks that only select a namespace ({@code host}, {@code none}) have no addresses. */
    public boolean hasAddresses() {
        return subnet != null;
    }

    /** Names resolve on user-defined networks only, as in Docker (the default bridge has no embedded DNS). */
    public boolean resolvesNames() {
        return hasAddresses() && !name.equals(DEFAULT_BRIDGE);
    }

    public boolean predefined() {
        return name.equals(DEFAULT_BRIDGE) || name.equals("host") || name.equals("none");
    }

    public String shortId() {
        return id.substring(0, 12);
    }
}
