package dev.berth.drivers.network.ipvlan;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.drivers.network.common.ParentLinkDriver;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Docker's {@code ipvlan} driver: each container gets an ipvlan link of the parent (sharing its MAC) in the mode
 * {@code -o ipvlan_mode} names: {@code l2} by default (the gateway routes), {@code l3} or {@code l3s} (the parent
 * routes: the default route is the device itself); {@code -o ipvlan_flag} {@code bridge} (default), {@code private},
 * {@code vepa}.
 */
final class IpvlanNetworkDriver extends ParentLinkDriver {

    static final String MODE_OPTION = "ipvlan_mode";
    static final String FLAG_OPTION = "ipvlan_flag";
    private static final Set<String> MODES = Set.of("l2", "l3", "l3s");
    private static final Set<String> FLAGS = Set.of("bridge", "private", "vepa");

    IpvlanNetworkDriver(List<String> ip) {
        super(ip);
    }

    @Override
    public String name() {
        return "ipvlan";
    }

    @Override
    protected Set<String> modeOptions() {
        return Set.of(MODE_OPTION, FLAG_OPTION);
    }

    @Override
    protected LinkType linkType(Map<String, String> options) {
        String mode = options.getOrDefault(MODE_OPTION, "l2");
        if (!MODES.contains(mode)) {
            throw new InvalidParameter("requested ipvlan mode '" + mode + "' is not valid, 'l2' mode is the ipvlan driver default");
        }
        String flag = options.getOrDefault(FLAG_OPTION, "bridge");
        if (!FLAGS.contains(flag)) {
            throw new InvalidParameter("requested ipvlan flag '" + flag + "' is not valid, 'bridge' is the ipvlan driver default");
        }
        return new LinkType(List.of("ipvlan", "mode", mode, flag), false, !mode.equals("l2"));
    }
}
