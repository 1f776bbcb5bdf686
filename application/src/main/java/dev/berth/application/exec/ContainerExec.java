package dev.berth.application.exec;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.runtime.ContainerLogs.LogSink;
import dev.berth.domain.runtime.ExecResult;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code docker exec}: more processes in a running container. Execs are named by their full ID. */
public interface ContainerExec {

    /**
     * Registers an exec in the container; InvalidParameter without a command, Conflict when the container is not
     * running or is paused.
     */
    ExecInstance create(String containerRef, ExecConfig config);

    /** NotFound ("No such exec instance: ID") when unknown. */
    ExecInstance inspect(String execId);

    /**
     * The exec, if it can be started now: NotFound when unknown, Conflict when it already ran or runs, or its
     * container no longer runs (checked before a client's connection is taken over).
     */
    ExecInstance startable(String execId);

    /**
     * Starts the exec and delivers its output until it ends, copying {@code stdin} (when given and the exec
     * attaches it) to the process, whose input ends with it; returns the exit code. A process that cannot start is
     * an InvalidParameter (the exit code is then 126 or 127, as dockerd records).
     */
    int start(String execId, Optional<InputStream> stdin, LogSink output);

    /** Starts the exec and returns; its output is discarded ({@code docker exec -d}). */
    void startDetached(String execId);

    /** Resizes the exec's terminal (before its start: the size it starts with). */
    void resize(String execId, int height, int width);

    /** The container's execs not yet ended ({@code ExecIDs} in container inspect). */
    List<ExecInstance> of(ContainerId container);

    /**
     * Runs a command as the container's user, in its working directory and environment, to its end or the
     * timeout (health probes); not listed as an exec. Failures to start are the runtime's InvalidParameter.
     */
    ExecResult run(String containerRef, List<String> cmd, Duration timeout);
}
