package dev.berth.drivers.network.common;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.network.Endpoint;
import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.domain.network.Network;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Network namespaces a test makes and removes: one standing in for the host, holding the parent device {@code par0}
 * (one end of a veth pair, both ends up: kernels without the dummy driver have veths), and others standing in for
 * containers.
 */
public final class TestNamespaces implements AutoCloseable {

    public static final String PARENT = "par0";

    private final String prefix = "bt" + UUID.randomUUID().toString().substring(0, 6);
    private final List<String> made = new ArrayList<>();
    private final String host;

    public TestNamespaces() {
        host = namespace("host");
        HostCommand.require("ip", "-n", host, "link", "add", PARENT, "type", "veth", "peer", "name", "par1");
        HostCommand.require("ip", "-n", host, "link", "set", "dev", PARENT, "up");
        HostCommand.require("ip", "-n", host, "link", "set", "dev", "par1", "up");
    }

    /** {@code ip -n HOST}: what the drivers under test run, so that they find the parent in the host stand-in. */
    public List<String> hostIp() {
        return List.of("ip", "-n", host);
    }

    /** A new namespace with its loopback up; its path as the sandboxes give it. */
    public Path container(String name) {
        return Path.of("/run/netns", namespace(name));
    }

    private String namespace(String name) {
        String namespace = prefix + "-" + name;
        HostCommand.require("ip", "netns", "add", namespace);
        made.add(namespace);
        HostCommand.require("ip", "-n", namespace, "link", "set", "dev", "lo", "up");
        return namespace;
    }

    /** Runs a command in the namespace. */
    public static HostCommand.Result in(Path netns, String... command) {
        List<String> words = new ArrayList<>(List.of("ip", "netns", "exec", netns.getFileName().toString()));
        words.addAll(List.of(command));
        return HostCommand.run(words);
    }

    public static Network network(String driver, String subnet, String gateway, Map<String, String> options) {
        Map<String, String> withParent = new HashMap<>(options);
        withParent.putIfAbsent(ParentLinkDriver.PARENT_OPTION, PARENT);
        return new Network(UUID.randomUUID().toString().replace("-", "").repeat(2), driver + "net", driver,
                Instant.EPOCH, Ipv4Subnet.parse(subnet), gateway, null, Map.of(), false, false, Map.of(), withParent,
                "local");
    }

    public static Endpoint endpoint(Network network, String address) {
        return new Endpoint(UUID.randomUUID().toString().replace("-", "").repeat(2), network.id(),
                ContainerId.random(), "c", "", "", List.of(), "eth0", "").withAddress(address);
    }

    @Override
    public void close() {
        for (String namespace : made.reversed()) {
            HostCommand.require("ip", "netns", "delete", namespace);
        }
    }
}
