package dev.berth.domain.container;

import java.util.List;

/**
 * How the host runs a container: the API's {@code HostConfig} object, the parts Berth acts on. {@code mounts} are
 * the binds, {@code --mount}s and tmpfs mounts resolved; {@code binds} are kept as the client wrote them.
 * {@code volumesFrom} names the containers ({@code NAME[:ro|rw]}) whose volumes this one mounts too.
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
        ContainerNetworking networking) {

    public HostConfig {
        networkMode = networkMode == null || networkMode.isEmpty() ? "default" : networkMode;
        restartPolicy = restartPolicy == null ? RestartPolicy.NO : restartPolicy;
        binds = binds == null ? List.of() : List.copyOf(binds);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
        volumesFrom = volumesFrom == null ? List.of() : List.copyOf(volumesFrom);
        networking = networking == null ? ContainerNetworking.NONE : networking;
    }

    public HostConfig(boolean autoRemove, String networkMode, RestartPolicy restartPolicy, List<String> binds,
                      List<MountPoint> mounts, boolean readonlyRootfs, boolean init, List<String> volumesFrom) {
        this(autoRemove, networkMode, restartPolicy, binds, mounts, readonlyRootfs, init, volumesFrom, null);
    }

    public HostConfig(boolean autoRemove, String networkMode, RestartPolicy restartPolicy, List<String> binds,
                      List<MountPoint> mounts, boolean readonlyRootfs, boolean init) {
        this(autoRemove, networkMode, restartPolicy, binds, mounts, readonlyRootfs, init, List.of());
    }

    /** The same host config with its mounts replaced (volumes resolved at create). */
    public HostConfig withMounts(List<MountPoint> newMounts) {
        return new HostConfig(autoRemove, networkMode, restartPolicy, binds, newMounts, readonlyRootfs, init,
                volumesFrom, networking);
    }

    /** The same host config with other network settings. */
    public HostConfig withNetworking(ContainerNetworking newNetworking) {
        return new HostConfig(autoRemove, networkMode, restartPolicy, binds, mounts, readonlyRootfs, init,
                volumesFrom, newNetworking);
    }
}
