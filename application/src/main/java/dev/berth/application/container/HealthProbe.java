package dev.berth.application.container;

import dev.berth.domain.container.ContainerId;

import java.time.Duration;
import java.util.List;

/**
 * Runs a health check's command in a running container (an exec with the container's environment, working
 * directory and user), to its end or its timeout, where it is killed.
 */
@FunctionalInterface
public interface HealthProbe {

    /** A probe that cannot run (the daemon has no exec) reports so as its output. */
    HealthProbe UNAVAILABLE = (id, command, env, workingDir, user, timeout) -> {
        throw new dev.berth.domain.error.NotImplemented("health probes need exec, which this runtime lacks");
    };

    Outcome run(ContainerId id, List<String> command, List<String> env, String workingDir, String user,
                Duration timeout);

    /** The exit code (meaningless when {@code timedOut}) and the first 4096 bytes of stdout and stderr. */
    record Outcome(int exitCode, boolean timedOut, byte[] output) {
    }
}
