package dev.berth.domain.runtime;

import dev.berth.domain.container.ContainerId;

import java.time.Duration;

/**
 * Runs more processes in a running container ({@code docker exec}, health probes), in its namespaces and cgroup,
 * with its capabilities, AppArmor profile and no-new-privileges (all capabilities when {@code privileged}).
 * A process that cannot be started (missing executable, permission denied, bad working directory) is an
 * InvalidParameter whose message is dockerd's ({@code OCI runtime exec failed: ...}).
 */
public interface ExecRuntime {

    /** Starts the process and returns at once; its streams are the caller's to read (or they block it). */
    ExecProcess exec(ContainerId id, ExecSpec spec);

    /**
     * Runs the process without input to its end, or kills it at the timeout; returns its exit code and the first
     * {@link ExecResult#OUTPUT_LIMIT} bytes of its stdout and stderr (interleaved as written).
     */
    ExecResult run(ContainerId id, ExecSpec spec, Duration timeout);
}
