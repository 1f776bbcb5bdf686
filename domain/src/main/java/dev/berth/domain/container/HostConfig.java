package dev.berth.domain.container;

import java.util.List;

/**
 * How the host runs a container: the API's {@code HostConfig} object, the parts Berth acts on. {@code mounts} are
 * the binds, {@code --mount}s and tmpfs mounts resolved; {@code binds} are kept as the client wrote them.
 * {@code volumesFrom} names the containers ({@code NAME[:ro|rw]}) whose volumes this one mounts too.
 * {@code resources} are its cgroup limits and rlimits, {@code security} its capabilities and security options.
 * {@code consoleSize} is the terminal size a TTY container starts with ({@code UNSET}: the pty's own 0x0).
 * {@code logConfig} names the driver its output goes to besides Berth's own log.
 */
public record HostConfig(
        boolean autoRemove,
        String networkMode,
        RestartPolicy restartPolicy,
        List<String> binds,
        List<MountPoint> mounts,
        boolean readonlyRootfs,
        boolean init,
        List<String> volumesFrom,
        Resources resources,
        SecurityOptions security,
        ContainerNetworking networking,
        TerminalSize consoleSize,
        LogConfig logConfig) {

    public HostConfig {
        logConfig = logConfig == null ? LogConfig.DEFAULT : logConfig;
        consoleSize = consoleSize == null ? TerminalSize.UNSET : consoleSize;
        resources = resources == null ? Resources.NONE : resources;
        security = security == null ? SecurityOptions.NONE : security;
        networkMode = networkMode == null || networkMode.isEmpty() ? "default" : networkMode;
        restartPolicy = restartPolicy == null ? RestartPolicy.NO : restartPolicy;
        binds = binds == null ? List.of() : List.copyOf(binds);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
        volumesFrom = volumesFrom == null ? List.of() : List.copyOf(volumesFrom);
        networking = networking == null ? ContainerNetworking.NONE : networking;
    }

    public HostConfig(boolean autoRemove, String networkMode, RestartPolicy restartPolicy, List<String> binds,
                      List<MountPoint> mounts, boolean readonlyRootfs, boolean init, List<String> volumesFrom,
                      Resources resources, SecurityOptions security, ContainerNetworking networking) {
        this(autoRemove, networkMode, restartPolicy, binds, mounts, readonlyRootfs, init, volumesFrom, resources,
                security, networking, null, null);
    }

    public HostConfig(boolean autoRemove, String networkMode, RestartPolicy restartPolicy, List<String> binds,
                      List<MountPoint> mounts, boolean readonlyRootfs, boolean init) {
        this(autoRemove, networkMode, restartPolicy, binds, mounts, readonlyRootfs, init, List.of());
    }

    public HostConfig(boolean autoRemove, String networkMode, RestartPolicy restartPolicy, List<String> binds,
                      List<MountPoint> mounts, boolean readonlyRootfs, boolean init, List<String> volumesFrom) {
        this(autoRemove, networkMode, restartPolicy, binds, mounts, readonlyRootfs, init, volumesFrom, null, null,
                null, null, null);
    }

    /** Refuses the limits and privileges dockerd refuses at create, with its defaults filled in. */
    public HostConfig validated() {
        if (autoRemove && !restartPolicy.name().equals("no")) {
            throw new dev.berth.domain.error.InvalidParameter("can't create 'AutoRemove' container with restart policy");
        }
        logConfig.validated();
        return withResources(resources.validated()).withSecurity(security.validated());
    }

    /** The same host config with its mounts replaced (volumes resolved at create). */
    public HostConfig withMounts(List<MountPoint> newMounts) {
        return new HostConfig(autoRemove, networkMode, restartPolicy, binds, newMounts, readonlyRootfs, init,
                volumesFrom, resources, security, networking, consoleSize, logConfig);
    }

    /** The same host config with other limits ({@code docker update}). */
    public HostConfig withResources(Resources newResources) {
        return new HostConfig(autoRemove, networkMode, restartPolicy, binds, mounts, readonlyRootfs, init,
                volumesFrom, newResources, security, networking, consoleSize, logConfig);
    }

    /** The same host config with another restart policy ({@code docker update --restart}). */
    public HostConfig withRestartPolicy(RestartPolicy newPolicy) {
        return new HostConfig(autoRemove, networkMode, newPolicy, binds, mounts, readonlyRootfs, init,
                volumesFrom, resources, security, networking, consoleSize, logConfig);
    }

    public HostConfig withSecurity(SecurityOptions newSecurity) {
        return new HostConfig(autoRemove, networkMode, restartPolicy, binds, mounts, readonlyRootfs, init,
                volumesFrom, resources, newSecurity, networking, consoleSize, logConfig);
    }

    /** The same host config with other network settings. */
    public HostConfig withNetworking(ContainerNetworking newNetworking) {
        return new HostConfig(autoRemove, networkMode, restartPolicy, binds, mounts, readonlyRootfs, init,
                volumesFrom, resources, security, newNetworking, consoleSize, logConfig);
    }
}
