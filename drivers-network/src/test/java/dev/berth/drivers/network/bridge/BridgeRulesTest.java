package dev.berth.drivers.network.bridge;

import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.drivers.network.common.PacketRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rules of a bridge network as text, in chain order. Published ports have none: the userland proxy serves them
 * (see UserlandProxyTest), and isolation lets the proxy's connections through because they are the host's own
 * traffic, not forwarded.
 */
class BridgeRulesTest {

    private static final Ipv4Subnet SUBNET = Ipv4Subnet.parse("10.9.0.0/24");

    @Test
    void aNetworkIsIsolatedAcceptsItsOwnTrafficAndIsMasqueraded() {
        assertEquals(List.of(
                "-t filter -A FORWARD -o br-a ! -i br-a -m conntrack ! --ctstate RELATED,ESTABLISHED"
                        + " -m comment --comment berth br-a -j DROP",
                "-t filter -A FORWARD -o br-a -m comment --comment berth br-a -j ACCEPT",
                "-t filter -A FORWARD -i br-a -m comment --comment berth br-a -j ACCEPT",
                "-t nat -A POSTROUTING -s 10.9.0.0/24 ! -o br-a -m comment --comment berth br-a -j MASQUERADE"),
                BridgeRules.rules("br-a", SUBNET, false).stream().map(PacketRule::text).toList());
    }

    @Test
    void anInternalNetworkForwardsOnlyWithinItsBridgeAndIsNotMasqueraded() {
        assertEquals(List.of(
                "-t filter -A FORWARD -o br-i ! -i br-i -m comment --comment berth br-i -j DROP",
                "-t filter -A FORWARD -i br-i ! -o br-i -m comment --comment berth br-i -j DROP",
                "-t filter -A FORWARD -i br-i -o br-i -m comment --comment berth br-i -j ACCEPT"),
                BridgeRules.rules("br-i", SUBNET, true).stream().map(PacketRule::text).toList());
    }

    @Test
    void eachRuleCarriesItsBridgesTagSoThatADaemonRemovesOnlyItsOwn() {
        for (boolean internal : List.of(true, false)) {
            for (PacketRule rule : BridgeRules.rules("br-x", SUBNET, internal)) {
                String text = String.join(" ", rule.match());
                assertEquals(1, text.split("--comment berth br-x ", -1).length - 1, text);
            }
        }
    }

    @Test
    void theCommandsCheckInsertAtTheHeadAndDelete() {
        PacketRule rule = BridgeRules.rules("br-a", SUBNET, false).get(1);
        List<String> match = List.of("-o", "br-a", "-m", "comment", "--comment", "berth br-a", "-j", "ACCEPT");
        assertEquals(match, rule.match());
        assertEquals(concat(List.of("iptables", "-w", "-t", "filter", "-C", "FORWARD"), match), rule.command("-C"));
        assertEquals(concat(List.of("iptables", "-w", "-t", "filter", "-I", "FORWARD", "1"), match),
                rule.command("-I"));
        assertEquals(concat(List.of("iptables", "-w", "-t", "filter", "-D", "FORWARD"), match), rule.command("-D"));
    }

    private static List<String> concat(List<String> head, List<String> tail) {
        return java.util.stream.Stream.concat(head.stream(), tail.stream()).toList();
    }
}
