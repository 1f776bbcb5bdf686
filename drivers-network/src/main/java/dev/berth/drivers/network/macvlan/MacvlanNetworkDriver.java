package dev.berth.drivers.network.macvlan;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.drivers.network.common.ParentLinkDriver;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Docker's {@code macvlan} driver: each container gets a macvlan link of the parent, with a MAC of its own, in the
 * mode {@code -o macvlan_mode} names ({@code bridge} by default, {@code private}, {@code vepa}, {@code passthru}).
 */
final class MacvlanNetworkDriver extends ParentLinkDriver {

    static final String MODE_OPTION = "macvlan_mode";
    private static final Set<String> MODES = Set.of("bridge", "private", "vepa", "passthru");

    MacvlanNetworkDriver(List<String> ip) {
        super(ip);
    }

    @Override
    public String name() {
        return "macvlan";
    }

    @Override
    protected Set<String> modeOptions() {
        return Set.of(MODE_OPTION);
    }

    @Override
    protected LinkType linkType(Map<String, String> options) {
        String mode = options.getOrDefault(MODE_OPTION, "bridge");
        if (!MODES.contains(mode)) {
            throw new InvalidParameter("requested macvlan mode '" + mode
                    + "' is not valid, 'bridge' mode is the macvlan driver default");
        }
        return new LinkType(List.of("macvlan", "mode", mode), true, false);
    }
}
