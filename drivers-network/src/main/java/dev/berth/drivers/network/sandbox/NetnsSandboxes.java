package dev.berth.drivers.network.sandbox;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.network.Sandboxes;
import dev.berth.drivers.network.common.HostCommand;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Containers' network namespaces as {@code ip netns} makes them ({@code /run/netns/berth-<id>}): they outlive the
 * daemon with the containers, and {@code ip -n} reaches them by name.
 */
public final class NetnsSandboxes implements Sandboxes {

    private static final Path NETNS_DIR = Path.of("/run/netns");

    @Override
    public Path create(ContainerId id) {
        if (!exists(id)) {
            HostCommand.require("ip", "netns", "add", name(id));
        }
        HostCommand.require("ip", "-n", name(id), "link", "set", "dev", "lo", "up");
        return path(id);
    }

    @Override
    public Path path(ContainerId id) {
        return NETNS_DIR.resolve(name(id));
    }

    @Override
    public boolean exists(ContainerId id) {
        return Files.exists(path(id));
    }

    @Override
    public void remove(ContainerId id) {
        if (exists(id)) {
            HostCommand.require("ip", "netns", "delete", name(id));
        }
    }

    private static String name(ContainerId id) {
        return "berth-" + id.value();
    }
}
