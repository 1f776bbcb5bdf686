package dev.berth.application.container;

import dev.berth.domain.container.MountPoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --init}: as dockerd does, a static init binary is bind-mounted read-only at /sbin/docker-init and runs as
 * pid 1, reaping zombies and forwarding signals to the command.
 */
record InitProcess(Path binary) {

    static final InitProcess NONE = new InitProcess(null);
    private static final String PATH_IN_CONTAINER = "/sbin/docker-init";

    static InitProcess at(Path binary) {
        return new InitProcess(binary);
    }

    List<String> wrap(List<String> commandLine) {
        if (binary == null) {
            return commandLine;
        }
        List<String> wrapped = new ArrayList<>(List.of(PATH_IN_CONTAINER, "--"));
        wrapped.addAll(commandLine);
        return List.copyOf(wrapped);
    }

    List<MountPoint> withMount(List<MountPoint> mounts) {
        if (binary == null) {
            return mounts;
        }
        List<MountPoint> all = new ArrayList<>(mounts);
        all.add(new MountPoint(MountPoint.Type.BIND, binary.toString(), PATH_IN_CONTAINER, true, List.of()));
        return List.copyOf(all);
    }
}
