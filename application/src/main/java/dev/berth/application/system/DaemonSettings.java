package dev.berth.application.system;

import java.nio.file.Path;
import java.util.List;

/** Facts about this daemon that {@code docker info} and {@code docker version} show. */
public record DaemonSettings(
        String version,
        String gitCommit,
        String name,
        Path dataRoot,
        Path execRoot,
        String storageDriver,
        String runtime,
        boolean debug,
        HostFacts host,
        List<String> insecureRegistries) {

    public DaemonSettings {
        insecureRegistries = List.copyOf(insecureRegistries);
    }

    DaemonSettings reloaded(ReloadableSettings reloaded) {
        return new DaemonSettings(version, gitCommit, name, dataRoot, execRoot, storageDriver, runtime,
                reloaded.debug(), host, reloaded.insecureRegistries());
    }
}
