package dev.berth.drivers.network.common;

import java.util.ArrayList;
import java.util.List;

/**
 * One iptables rule of a network, tagged with a comment naming its bridge so that a daemon finds and removes only
 * its own rules.
 */
public record PacketRule(String table, String chain, List<String> match) {

    public PacketRule {
        match = List.copyOf(match);
    }

    /** The iptables command that checks ({@code -C}), inserts ({@code -I}) or deletes ({@code -D}) the rule. */
    public List<String> command(String action) {
        List<String> command = new ArrayList<>(List.of("iptables", "-w", "-t", table, action, chain));
        if (action.equals("-I")) {
            command.add("1");
        }
        command.addAll(match);
        return command;
    }

    /** As {@code iptables -S} would print it (for logs and tests). */
    public String text() {
        return "-t " + table + " -A " + chain + " " + String.join(" ", match);
    }

    /** Inserts the rule at the head of its chain unless it is there. */
    public void ensure() {
        if (!HostCommand.run(command("-C")).ok()) {
            HostCommand.require(command("-I"));
        }
    }

    /** Deletes the rule if it is there. */
    public void remove() {
        while (HostCommand.run(command("-C")).ok()) {
            HostCommand.require(command("-D"));
        }
    }
}
