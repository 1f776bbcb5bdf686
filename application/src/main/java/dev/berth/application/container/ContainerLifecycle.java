package dev.berth.application.container;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.CreateRequest;
import dev.berth.domain.container.Signal;
import dev.berth.domain.container.TerminalSize;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Creating, running and removing containers. Containers are named by ID, unique ID prefix or name. */
public interface ContainerLifecycle {

    ContainerId create(CreateRequest request);

    /** NotModified when it already runs. */
    void start(String ref);

    /** Sends the stop signal, then SIGKILL after the timeout (the container's own, or 10 s); NotModified when not running. */
    void stop(String ref, Optional<Duration> timeout);

    /** Stops it if it runs (as {@link #stop}), then starts it. */
    void restart(String ref, Optional<Duration> timeout);

    /** {@code docker update}: new limits (applied to a running container at once) and restart policy. */
    void update(String ref, ContainerUpdate change);

    /** Conflict when another container has the name. */
    void rename(String ref, ContainerName newName);

    /** Freezes a running container; Conflict when it is not running or already paused. */
    void pause(String ref);

    /** Conflict when it is not paused. */
    void unpause(String ref);

    /** Conflict when it is not running. */
    void kill(String ref, Signal signal);

    /** Sets the terminal size of a running container (one without a TTY ignores it); Conflict when not running. */
    void resize(String ref, TerminalSize size);

    /** Conflict for a running container unless forced. */
    void remove(String ref, boolean force);

    /** {@code docker rm -v}: also removes the container's anonymous volumes that no other container uses. */
    default void remove(String ref, boolean force, boolean removeVolumes) {
        remove(ref, force);
    }

    /** Removes the stopped containers the filter selects. */
    ContainerPruneReport prune(ContainerPruneFilter filter);

    /** Completes with the exit code when the condition is met. */
    CompletionStage<Integer> waitFor(String ref, WaitCondition condition);
}
