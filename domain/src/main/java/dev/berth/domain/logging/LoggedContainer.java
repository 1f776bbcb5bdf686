package dev.berth.domain.logging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a log driver is told about the container whose output it receives (the {@code Info} of Docker's log driver
 * protocol): its identity, command, image, environment and labels, Berth's own log file, and the {@code --log-opt}s.
 */
public record LoggedContainer(
        String id,
        String name,
        String entrypoint,
        List<String> args,
        String imageId,
        String imageName,
        Instant created,
        List<String> env,
        Map<String, String> labels,
        String logPath,
        Map<String, String> options) {

    public LoggedContainer {
        args = List.copyOf(args);
        env = List.copyOf(env);
        labels = Map.copyOf(labels);
        options = Map.copyOf(options);
    }
}
