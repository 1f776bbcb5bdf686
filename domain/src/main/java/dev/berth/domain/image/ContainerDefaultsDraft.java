package dev.berth.domain.image;

import dev.berth.domain.container.Healthcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A mutable working copy of {@link ContainerDefaults} while instructions (import changes, a build) apply. */
public final class ContainerDefaultsDraft {

    public String user;
    public final List<String> env;
    public List<String> entrypoint;
    public List<String> cmd;
    public String workingDir;
    public final Map<String, String> labels;
    public final Set<String> exposedPorts;
    public final Set<String> volumes;
    public String stopSignal;
    public final List<String> onBuild;
    public List<String> shell;
    public Healthcheck healthcheck;

    public ContainerDefaultsDraft(ContainerDefaults base) {
        user = base.user();
        env = new ArrayList<>(base.env());
        entrypoint = base.entrypoint();
        cmd = base.cmd();
        workingDir = base.workingDir();
        labels = new LinkedHashMap<>(base.labels());
        exposedPorts = new LinkedHashSet<>(base.exposedPorts());
        volumes = new LinkedHashSet<>(base.volumes());
        stopSignal = base.stopSignal();
        onBuild = new ArrayList<>(base.build().onBuild());
        shell = base.build().shell();
        healthcheck = base.healthcheck();
    }

    /** Sets {@code key} in the environment, in the place it had. */
    public void setEnv(String key, String value) {
        String entry = key + "=" + value;
        for (int i = 0; i < env.size(); i++) {
            if (env.get(i).equals(key) || env.get(i).startsWith(key + "=")) {
                env.set(i, entry);
                return;
            }
        }
        env.add(entry);
    }

    public ContainerDefaults build() {
        return new ContainerDefaults(user, env, entrypoint, cmd, workingDir, labels, exposedPorts, volumes,
                stopSignal, new BuildSettings(onBuild, shell), healthcheck);
    }
}
