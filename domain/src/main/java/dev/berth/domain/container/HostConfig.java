package dev.berth.domain.container;

import java.util.List;

/** How the host runs a container: the API's {@code HostConfig} object, the parts Berth acts on. */
public record HostConfig(
        boolean autoRemove,
        String networkMode,
        RestartPolicy restartPolicy,
        List<String> binds) {

    public HostConfig {
        networkMode = networkMode == null || networkMode.isEmpty() ? "default" : networkMode;
        restartPolicy = restartPolicy == null ? RestartPolicy.NO : restartPolicy;
        binds = binds == null ? List.of() : List.copyOf(binds);
    }
}
