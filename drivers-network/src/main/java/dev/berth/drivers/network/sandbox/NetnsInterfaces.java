package dev.berth.drivers.network.sandbox;

import dev.berth.domain.network.SandboxInterfaces;
import dev.berth.drivers.network.common.HostCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Moves a plugin's interfaces into a namespace {@code ip netns} knows by the name of {@code netns}, and back. */
public final class NetnsInterfaces implements SandboxInterfaces {

    @Override
    public void moveIn(String hostName, Path netns, Setup setup) {
        String ns = netns.getFileName().toString();
        HostCommand.require("ip", "link", "set", "dev", hostName, "netns", ns);
        List<String> rename = new ArrayList<>(List.of("ip", "-n", ns, "link", "set", "dev", hostName, "name",
                setup.name()));
        if (!setup.mac().isEmpty()) {
            rename.addAll(List.of("address", setup.mac()));
        }
        HostCommand.require(rename);
        HostCommand.require("ip", "-n", ns, "addr", "add", setup.addressCidr(), "dev", setup.name());
        HostCommand.require("ip", "-n", ns, "link", "set", "dev", setup.name(), "up");
        for (Route route : setup.routes()) {
            List<String> add = new ArrayList<>(List.of("ip", "-n", ns, "route", "replace", route.destination()));
            if (!route.nextHop().isEmpty()) {
                add.addAll(List.of("via", route.nextHop()));
            }
            add.addAll(List.of("dev", setup.name()));
            HostCommand.require(add);
        }
        boolean hasDefault = !HostCommand.require("ip", "-n", ns, "-4", "route", "show", "default").isEmpty();
        if (!setup.gateway().isEmpty() && !hasDefault) {
            HostCommand.require("ip", "-n", ns, "route", "add", "default", "via", setup.gateway(), "dev",
                    setup.name());
        }
    }

    /** Renamed first: the container's name ({@code eth0}) may be taken on the host. Its addresses go with the move. */
    @Override
    public void moveOut(Path netns, String name, String hostName) {
        String ns = netns.getFileName().toString();
        if (!HostCommand.run(List.of("ip", "-n", ns, "link", "show", "dev", name)).ok()) {
            return;
        }
        HostCommand.require("ip", "-n", ns, "link", "set", "dev", name, "down");
        HostCommand.require("ip", "-n", ns, "link", "set", "dev", name, "name", hostName);
        HostCommand.require("ip", "-n", ns, "link", "set", "dev", hostName, "netns",
                Long.toString(ProcessHandle.current().pid()));
    }
}
