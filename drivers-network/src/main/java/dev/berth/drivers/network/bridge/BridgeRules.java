package dev.berth.drivers.network.bridge;

import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.drivers.network.common.PacketRule;

import java.util.ArrayList;
import java.util.List;

/**
 * The packet rules of one bridge network. Isolation: nothing outside the bridge starts a connection into it (other
 * bridges included; the host reaches containers through published ports' proxies, which is local traffic, not
 * forwarded). Outbound traffic is masqueraded; an internal network forwards nothing in or out of its bridge.
 * {@link #rules} lists them in chain order: inserting them at the head in reverse order keeps that order.
 */
final class BridgeRules {

    private BridgeRules() {
    }

    static List<PacketRule> rules(String bridge, Ipv4Subnet subnet, boolean internal) {
        List<PacketRule> rules = new ArrayList<>();
        if (internal) {
            rules.add(forward(bridge, "-o", bridge, "!", "-i", bridge, "-j", "DROP"));
            rules.add(forward(bridge, "-i", bridge, "!", "-o", bridge, "-j", "DROP"));
            rules.add(forward(bridge, "-i", bridge, "-o", bridge, "-j", "ACCEPT"));
            return rules;
        }
        rules.add(forward(bridge, "-o", bridge, "!", "-i", bridge, "-m", "conntrack", "!", "--ctstate",
                "RELATED,ESTABLISHED", "-j", "DROP"));
        rules.add(forward(bridge, "-o", bridge, "-j", "ACCEPT"));
        rules.add(forward(bridge, "-i", bridge, "-j", "ACCEPT"));
        rules.add(new PacketRule("nat", "POSTROUTING", tagged(bridge,
                "-s", subnet.toString(), "!", "-o", bridge, "-j", "MASQUERADE")));
        return rules;
    }

    private static PacketRule forward(String bridge, String... match) {
        return new PacketRule("filter", "FORWARD", tagged(bridge, match));
    }

    private static List<String> tagged(String bridge, String... match) {
        List<String> words = new ArrayList<>(List.of(match).subList(0, match.length - 2));
        words.addAll(List.of("-m", "comment", "--comment", "berth " + bridge));
        words.addAll(List.of(match).subList(match.length - 2, match.length));
        return words;
    }
}
