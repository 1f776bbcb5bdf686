package dev.berth.domain.container;

import java.time.Instant;

/**
 * A container's process state. Times are null until they happen (the API prints the zero time for them).
 * {@code health} is its health check's state ({@link ContainerHealth#NONE} without a check).
 */
public record ContainerState(
        ContainerStatus status,
        int pid,
        int exitCode,
        String error,
        boolean oomKilled,
        Instant startedAt,
        Instant finishedAt,
        ContainerHealth health) {

    public ContainerState {
        health = health == null ? ContainerHealth.NONE : health;
    }

    public static ContainerState created() {
        return new ContainerState(ContainerStatus.CREATED, 0, 0, "", false, null, null, ContainerHealth.NONE);
    }

    public boolean isRunning() {
        return status == ContainerStatus.RUNNING || status == ContainerStatus.PAUSED
                || status == ContainerStatus.RESTARTING;
    }

    public ContainerState running(int newPid, Instant at) {
        return new ContainerState(ContainerStatus.RUNNING, newPid, 0, "", false, at, null, health);
    }

    /** Frozen (PAUSED) or thawed (RUNNING), the process unchanged. */
    public ContainerState paused(boolean frozen) {
        return new ContainerState(frozen ? ContainerStatus.PAUSED : ContainerStatus.RUNNING, pid, exitCode, error,
                oomKilled, startedAt, finishedAt, health);
    }

    public ContainerState exited(int code, boolean oom, Instant at) {
        return new ContainerState(ContainerStatus.EXITED, 0, code, error, oom, startedAt, at, health);
    }

    /** Ended, and waiting for its restart policy to start it again ({@code Restarting}, no process). */
    public ContainerState restarting(int code, boolean oom, Instant at) {
        return new ContainerState(ContainerStatus.RESTARTING, 0, code, error, oom, startedAt, at, health);
    }

    /** A process runs (running or paused): it can be signalled, frozen, updated. */
    public boolean hasProcess() {
        return status == ContainerStatus.RUNNING || status == ContainerStatus.PAUSED;
    }

    /** A start that failed: the container stays not running, with dockerd's exit code and message. */
    public ContainerState failedToStart(int code, String message, Instant at) {
        ContainerStatus after = status == ContainerStatus.CREATED ? ContainerStatus.CREATED : ContainerStatus.EXITED;
        return new ContainerState(after, 0, code, message, false, startedAt, at, health);
    }

    public ContainerState withHealth(ContainerHealth newHealth) {
        return new ContainerState(status, pid, exitCode, error, oomKilled, startedAt, finishedAt, newHealth);
    }
}
