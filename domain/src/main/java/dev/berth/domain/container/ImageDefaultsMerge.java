package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ContainerDefaults;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/** dockerd's rules for merging a create request with the image config, and for the command it runs. */
public final class ImageDefaultsMerge {

    private ImageDefaultsMerge() {
    }

    /**
     * Fills what the request left out from the image: user, working dir, stop signal, env variables it does not
     * set, labels, exposed ports, entrypoint/cmd (an explicit entrypoint drops the image's cmd) and the health
     * check's unset parts.
     */
    public static ContainerConfig merge(ContainerConfig request, ContainerDefaults image) {
        List<String> env = new ArrayList<>(request.env());
        Set<String> keys = new HashSet<>();
        request.env().forEach(e -> keys.add(envKey(e)));
        image.env().stream().filter(e -> !keys.contains(envKey(e))).forEach(env::add);

        var labels = new LinkedHashMap<>(image.labels());
        labels.putAll(request.labels());
        var ports = new HashSet<>(image.exposedPorts());
        ports.addAll(request.exposedPorts());

        List<String> entrypoint = request.entrypoint();
        List<String> cmd = request.cmd();
        if (entrypoint == null || entrypoint.isEmpty()) {
            if (cmd == null || cmd.isEmpty()) {
                cmd = image.cmd();
            }
            if (entrypoint == null) {
                entrypoint = image.entrypoint();
            }
        } else if (entrypoint.equals(List.of(""))) {
            entrypoint = List.of(); // `--entrypoint ""` resets the image's entrypoint
        }
        return new ContainerConfig(request.image(), request.hostname(), request.domainname(),
                orElse(request.user(), image.user()), env, entrypoint, cmd,
                orElse(request.workingDir(), image.workingDir()), labels, ports, request.tty(), request.openStdin(),
                request.stdinOnce(), request.attachStdin(), request.attachStdout(), request.attachStderr(),
                orElse(request.stopSignal(), image.stopSignal()), request.stopTimeout(),
                request.healthcheck() == null ? image.healthcheck() : request.healthcheck().over(image.healthcheck()));
    }

    /** Entrypoint then cmd; the first word is the executable. */
    public static List<String> commandLine(ContainerConfig config) {
        List<String> line = new ArrayList<>();
        if (config.entrypoint() != null) {
            line.addAll(config.entrypoint());
        }
        if (config.cmd() != null) {
            line.addAll(config.cmd());
        }
        if (line.isEmpty()) {
            throw new InvalidParameter("No command specified");
        }
        return List.copyOf(line);
    }

    private static String envKey(String entry) {
        int eq = entry.indexOf('=');
        return eq < 0 ? entry : entry.substring(0, eq);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
