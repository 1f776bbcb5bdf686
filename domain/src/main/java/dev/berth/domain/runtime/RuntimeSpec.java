package dev.berth.domain.runtime;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.MountPoint;
import dev.berth.domain.storage.Mount;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the runtime needs to start a container: its root filesystem mounts (performed by the runtime),
 * its process, the file its output is logged to, and the binds and tmpfs mounts it gets.
 */
public record RuntimeSpec(
        ContainerId id,
        List<Mount> rootfs,
        ProcessSpec process,
        String hostname,
        Map<String, String> annotations,
        Path logFile,
        List<MountPoint> mounts,
        boolean readonlyRootfs) {

    public RuntimeSpec {
        rootfs = List.copyOf(rootfs);
        annotations = Map.copyOf(annotations);
        mounts = List.copyOf(mounts);
    }
}
