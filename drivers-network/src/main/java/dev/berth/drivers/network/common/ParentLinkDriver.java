package dev.berth.drivers.network.common;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.network.Endpoint;
import dev.berth.domain.network.Network;
import dev.berth.domain.network.NetworkDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drivers whose endpoints are sub-interfaces of a parent device of the host ({@code macvlan}, {@code ipvlan}): each
 * container's interface is made on the parent, straight into its namespace, with its address; the network has no
 * device or rule of its own on the host, and its gateway is a router outside the host.
 */
public abstract class ParentLinkDriver implements NetworkDriver {

    public static final String PARENT_OPTION = "parent";

    /** The link's kind and settings for {@code ip link add ... type}, e.g. {@code macvlan mode bridge}. */
    public record LinkType(List<String> words, boolean ownMac, boolean routedByDevice) {
        public LinkType {
            words = List.copyOf(words);
        }
    }

    private final List<String> ip;

    /** @param ip the {@code ip} command for the namespace the parents are in ({@code ip}, or {@code ip -n NS}) */
    protected ParentLinkDriver(List<String> ip) {
        this.ip = List.copyOf(ip);
    }

    /** The driver's own option keys besides {@code parent} and the MTU. */
    protected abstract Set<String> modeOptions();

    /** The link type for the network's options (already checked for unknown keys); InvalidParameter when wrong. */
    protected abstract LinkType linkType(Map<String, String> options);

    @Override
    public void validate(Network network) {
        Map<String, String> options = network.options();
        for (String key : options.keySet()) {
            if (!key.equals(PARENT_OPTION) && !key.equals(Network.MTU_OPTION) && !modeOptions().contains(key)) {
                throw new InvalidParameter("unrecognized " + name() + " driver option: " + key);
            }
        }
        LinkType type = linkType(options);
        DriverOptions.mtu(network);
        String parent = parent(network);
        if (!HostCommand.run(ip("link", "show", "dev", parent)).ok()) {
            throw new InvalidParameter("-o parent interface was not found on the host: " + parent);
        }
        probe(network, parent, type);
    }

    /**
     * Makes one link of the type on the parent and removes it, so that a kernel without the link type (or a parent
     * that cannot take it) fails the network's creation with a clear message rather than each container's start.
     */
    private void probe(Network network, String parent, LinkType type) {
        String probe = "bp" + network.id().substring(0, 11);
        List<String> add = ip("link", "add", "link", parent, "name", probe, "type");
        add.addAll(type.words());
        HostCommand.Result made = HostCommand.run(add);
        if (!made.ok()) {
            if (made.output().contains("Unknown device type")) {
                throw new SystemFault("this kernel has no " + type.words().getFirst() + " links (CONFIG_"
                        + type.words().getFirst().toUpperCase() + "): " + made.output());
            }
            throw new InvalidParameter("parent interface " + parent + " cannot take a " + name() + " link: "
                    + made.output());
        }
        HostCommand.require(ip("link", "del", "dev", probe));
    }

    private static String parent(Network network) {
        String parent = network.options().getOrDefault(PARENT_OPTION, "");
        if (parent.isEmpty()) {
            // dockerd makes a dummy parent then, which reaches nothing outside the host: name a real one
            throw new InvalidParameter("the " + network.driver() + " driver needs a parent interface: -o parent=IFACE");
        }
        if (!parent.matches("[A-Za-z0-9_.@-]{1,15}")) {
            throw new InvalidParameter("invalid parent interface name: " + parent);
        }
        return parent;
    }

    /** Nothing to make on the host: the parent is the host's own. */
    @Override
    public void create(Network network) {
    }

    @Override
    public void delete(Network network) {
    }

    @Override
    public void shutdown(Network network) {
    }

    @Override
    public boolean gatewayOnHost() {
        return false;
    }

    @Override
    public void join(Network network, Endpoint endpoint, Path netns) {
        LinkType type = linkType(network.options());
        String namespace = netns.getFileName().toString();
        String device = endpoint.interfaceName();
        String made = linkName(endpoint);
        leave(network, endpoint, netns);
        List<String> add = ip("link", "add", "link", parent(network), "name", made, "netns", namespace, "type");
        add.addAll(type.words());
        HostCommand.require(add);
        List<String> settings = new ArrayList<>(List.of("ip", "-n", namespace, "link", "set", "dev", made, "name",
                device));
        if (type.ownMac()) {
            settings.addAll(List.of("address", endpoint.mac()));
        }
        int mtu = DriverOptions.mtu(network);
        if (mtu > 0) {
            settings.addAll(List.of("mtu", Integer.toString(mtu)));
        }
        HostCommand.require(settings);
        HostCommand.require("ip", "-n", namespace, "addr", "add",
                endpoint.address() + "/" + network.subnet().prefix(), "dev", device);
        HostCommand.require("ip", "-n", namespace, "link", "set", "dev", device, "up");
        boolean hasDefaultRoute = !HostCommand.require("ip", "-n", namespace, "-4", "route", "show", "default")
                .isEmpty();
        if (!network.internal() && !hasDefaultRoute) {
            HostCommand.require(type.routedByDevice()
                    ? List.of("ip", "-n", namespace, "route", "add", "default", "dev", device)
                    : List.of("ip", "-n", namespace, "route", "add", "default", "via", network.gateway()));
        }
    }

    /** The interface goes with its namespace; a container leaving a network while it runs loses it here. */
    @Override
    public void leave(Network network, Endpoint endpoint, Path netns) {
        String namespace = netns.getFileName().toString();
        if (!Files.exists(netns)) {
            return;
        }
        for (String device : List.of(endpoint.interfaceName(), linkName(endpoint))) {
            if (HostCommand.run(List.of("ip", "-n", namespace, "link", "show", "dev", device)).ok()) {
                HostCommand.require("ip", "-n", namespace, "link", "del", "dev", device);
            }
        }
    }

    /** The name the link is made with: unique within the 15 characters of a device name, renamed once moved. */
    private static String linkName(Endpoint endpoint) {
        return "vl" + endpoint.id().substring(0, 11);
    }

    private List<String> ip(String... words) {
        List<String> command = new ArrayList<>(ip);
        command.addAll(List.of(words));
        return command;
    }
}
