package dev.berth.domain.container;

import java.util.List;

/**
 * How the host runs a container: the API's {@code HostConfig} object, the parts Berth acts on. {@code mounts} are
 * the binds, {@code --mount}s and tmpfs mounts resolved; {@code binds} are kept as the client wrote them.
 */
public record HostConfig(
        boolean autoRemove,
        String networkMode,
        RestartPolicy restartPolicy,
        List<String> binds,
        List<MountPoint> mounts,
        boolean readonlyRootfs,
        boolean init) {

    public HostConfig {
        networkMode = networkMode == null || networkMode.isEmpty() ? "default" : networkMode;
        restartPolicy = restartPolicy == null ? RestartPolicy.NO : restartPolicy;
        binds = binds == null ? List.of() : List.copyOf(binds);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
    }
}
