package dev.berth.domain.image;

import dev.berth.domain.container.Healthcheck;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of an image config that seeds a container: the {@code config} object of the OCI/Docker image
 * config. Absent values are empty collections or null strings (a null {@code healthcheck}: none), as in the JSON.
 */
public record ContainerDefaults(
        String user,
        List<String> env,
        List<String> entrypoint,
        List<String> cmd,
        String workingDir,
        Map<String, String> labels,
        Set<String> exposedPorts,
        Set<String> volumes,
        String stopSignal,
        BuildSettings build,
        Healthcheck healthcheck) {

    public static final ContainerDefaults EMPTY =
            new ContainerDefaults(null, List.of(), List.of(), List.of(), null, Map.of(), Set.of(), Set.of(), null);

    /** Defaults without build settings (ONBUILD, SHELL): what most images and every container need. */
    public ContainerDefaults(String user, List<String> env, List<String> entrypoint, List<String> cmd,
                             String workingDir, Map<String, String> labels, Set<String> exposedPorts,
                             Set<String> volumes, String stopSignal) {
        this(user, env, entrypoint, cmd, workingDir, labels, exposedPorts, volumes, stopSignal, BuildSettings.NONE);
    }

    /** Defaults without a health check. */
    public ContainerDefaults(String user, List<String> env, List<String> entrypoint, List<String> cmd,
                             String workingDir, Map<String, String> labels, Set<String> exposedPorts,
                             Set<String> volumes, String stopSignal, BuildSettings build) {
        this(user, env, entrypoint, cmd, workingDir, labels, exposedPorts, volumes, stopSignal, build, null);
    }

    public ContainerDefaults withBuild(BuildSettings settings) {
        return new ContainerDefaults(user, env, entrypoint, cmd, workingDir, labels, exposedPorts, volumes,
                stopSignal, settings, healthcheck);
    }

    /** The same defaults with the image's {@code HEALTHCHECK} (null: none). */
    public ContainerDefaults withHealthcheck(Healthcheck check) {
        return new ContainerDefaults(user, env, entrypoint, cmd, workingDir, labels, exposedPorts, volumes,
                stopSignal, build, check);
    }

    public ContainerDefaults {
        build = build == null ? BuildSettings.NONE : build;
        env = env == null ? List.of() : List.copyOf(env);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        cmd = cmd == null ? null : List.copyOf(cmd);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        exposedPorts = exposedPorts == null ? Set.of() : Set.copyOf(exposedPorts);
        volumes = volumes == null ? Set.of() : Set.copyOf(volumes);
    }
}
