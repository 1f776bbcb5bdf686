package dev.berth.domain.runtime;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.MountPoint;
import dev.berth.domain.container.Resources;
import dev.berth.domain.container.SecurityOptions;
import dev.berth.domain.storage.Mount;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the runtime needs to start a container: its root filesystem mounts (performed by the runtime),
 * its process, the file its output is logged to, the binds and tmpfs mounts it gets, its limits and privileges,
 * and its network namespace and name files.
 */
public record RuntimeSpec(
        ContainerId id,
        List<Mount> rootfs,
        ProcessSpec process,
        String hostname,
        Map<String, String> annotations,
        Path logFile,
        List<MountPoint> mounts,
        boolean readonlyRootfs,
        Resources resources,
        SecurityOptions security,
        NetworkSpec network) {

    public RuntimeSpec {
        resources = resources == null ? Resources.NONE : resources;
        security = security == null ? SecurityOptions.NONE : security;
        rootfs = List.copyOf(rootfs);
        annotations = Map.copyOf(annotations);
        mounts = List.copyOf(mounts);
    }

    /** A spec without limits and with dockerd's default privileges. */
    public RuntimeSpec(ContainerId id, List<Mount> rootfs, ProcessSpec process, String hostname,
                       Map<String, String> annotations, Path logFile, List<MountPoint> mounts,
                       boolean readonlyRootfs) {
        this(id, rootfs, process, hostname, annotations, logFile, mounts, readonlyRootfs, null, null);
    }

    /** A container in a new, empty network namespace (loopback only) with default name files. */
    public RuntimeSpec(ContainerId id, List<Mount> rootfs, ProcessSpec process, String hostname,
                       Map<String, String> annotations, Path logFile, List<MountPoint> mounts,
                       boolean readonlyRootfs, Resources resources, SecurityOptions security) {
        this(id, rootfs, process, hostname, annotations, logFile, mounts, readonlyRootfs, resources, security,
                NetworkSpec.privateNamespace(null, null));
    }
}
