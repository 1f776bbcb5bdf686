package dev.berth.domain.container;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a container runs, after the image's defaults are merged in: the API's {@code Config} object.
 * {@code image} is the name the client gave; {@code healthcheck} is null when neither it nor the image has one.
 */
public record ContainerConfig(
        String image,
        String hostname,
        String domainname,
        String user,
        List<String> env,
        List<String> entrypoint,
        List<String> cmd,
        String workingDir,
        Map<String, String> labels,
        Set<String> exposedPorts,
        boolean tty,
        boolean openStdin,
        boolean stdinOnce,
        boolean attachStdin,
        boolean attachStdout,
        boolean attachStderr,
        String stopSignal,
        Integer stopTimeout,
        Healthcheck healthcheck) {

    public ContainerConfig {
        env = env == null ? List.of() : List.copyOf(env);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        cmd = cmd == null ? null : List.copyOf(cmd);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        exposedPorts = exposedPorts == null ? Set.of() : Set.copyOf(exposedPorts);
    }

    /** A config without a health check of its own. */
    public ContainerConfig(String image, String hostname, String domainname, String user, List<String> env,
                           List<String> entrypoint, List<String> cmd, String workingDir, Map<String, String> labels,
                           Set<String> exposedPorts, boolean tty, boolean openStdin, boolean stdinOnce,
                           boolean attachStdin, boolean attachStdout, boolean attachStderr, String stopSignal,
                           Integer stopTimeout) {
        this(image, hostname, domainname, user, env, entrypoint, cmd, workingDir, labels, exposedPorts, tty,
                openStdin, stdinOnce, attachStdin, attachStdout, attachStderr, stopSignal, stopTimeout, null);
    }

    /** The same config with another hostname. */
    public ContainerConfig withHostname(String newHostname) {
        return new ContainerConfig(image, newHostname, domainname, user, env, entrypoint, cmd, workingDir, labels,
                exposedPorts, tty, openStdin, stdinOnce, attachStdin, attachStdout, attachStderr, stopSignal,
                stopTimeout, healthcheck);
    }
}
