package dev.berth.bootstrap.wiring;

import dev.berth.adapters.runc.ConmonLogFiles;
import dev.berth.adapters.runc.CriLogReader;
import dev.berth.adapters.runc.RuncConfig;
import dev.berth.adapters.runc.RuncRuntime;
import dev.berth.bootstrap.config.BerthConfig;
import dev.berth.domain.runtime.ContainerLogs;
import dev.berth.domain.runtime.LogFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The runtime adapter (runc or crun, under conmon) and the reader of the logs its monitor writes. */
@ApplicationScoped
public class RuntimeWiring {

    @Produces
    @Singleton
    RuncRuntime runtime(BerthConfig config) {
        BerthConfig.Runtime runtime = config.runtime();
        return new RuncRuntime(new RuncConfig(runtimeBinary(config), runtime.conmon(), config.execRoot(),
                runtime.cgroupParent()));
    }

    /** The configured runtime binary, else the runtime's name looked up in the usual directories. */
    static Path runtimeBinary(BerthConfig config) {
        return config.runtime().path().orElseGet(() -> locate(config.runtime().name()));
    }

    void closeRuntime(@Disposes RuncRuntime runtime) {
        runtime.close();
    }

    @Produces
    @Singleton
    ContainerLogs logs() {
        return new CriLogReader();
    }

    @Produces
    @Singleton
    LogFiles logFiles(BerthConfig config) {
        return ConmonLogFiles.under(config.execRoot());
    }

    private static Path locate(String name) {
        return List.of(Path.of("/usr/sbin", name), Path.of("/usr/bin", name), Path.of("/usr/local/bin", name))
                .stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("runtime \"" + name + "\" not found in /usr/sbin, "
                        + "/usr/bin or /usr/local/bin (install it, or set berth.runtime.path)"));
    }
}
