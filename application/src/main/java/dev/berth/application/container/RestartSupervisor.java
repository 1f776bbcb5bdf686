package dev.berth.application.container;

import dev.berth.application.time.Scheduler;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerId;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * dockerd's restart managers: per container, the backoff so far, whether the user ended the policy (a stop or
 * kill, until the next start), and the restart waiting for its delay. Decides at each exit whether the container
 * runs again; the caller records the decision and starts it when the scheduled task runs.
 */
final class RestartSupervisor {

    private static final class Manager {
        RestartBackoff backoff = RestartBackoff.NONE;
        Instant startedAt;
        boolean cancelled;
        Object ticket;
        Scheduler.Scheduled pending;
    }

    private final Scheduler scheduler;
    private final Map<ContainerId, Manager> managers = new HashMap<>();

    RestartSupervisor(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** A process started (by the user or the policy): its run is measured from now. */
    synchronized void started(ContainerId id) {
        manager(id).startedAt = scheduler.now();
    }

    /** A start by the user: the policy begins afresh (backoff, user stop forgotten). */
    synchronized void reset(ContainerId id) {
        forget(id);
    }

    /** The user stopped or killed it: no restart until the next start, and a waiting one is called off. */
    synchronized void cancel(ContainerId id) {
        Manager m = manager(id);
        m.cancelled = true;
        dropPending(m);
    }

    /** The delay before the container that ended with {@code exitCode} starts again, or empty when it stays down. */
    synchronized Optional<Duration> onExit(Container container, int exitCode) {
        Manager m = manager(container.id());
        if (m.cancelled) {
            return Optional.empty();
        }
        Duration ran = m.startedAt == null ? Duration.ZERO : Duration.between(m.startedAt, scheduler.now());
        m.backoff = m.backoff.after(ran);
        boolean again = container.hostConfig().restartPolicy()
                .restarts(exitCode, container.manuallyStopped(), container.restartCount());
        return again ? Optional.of(m.backoff.delay()) : Optional.empty();
    }

    /** Runs {@code restart} after the delay, unless the user stops the container first. */
    synchronized void schedule(ContainerId id, Duration delay, Runnable restart) {
        Manager m = manager(id);
        dropPending(m);
        Object ticket = new Object();
        m.ticket = ticket;
        m.pending = scheduler.schedule(delay, () -> {
            if (claim(id, ticket)) {
                restart.run();
            }
        });
    }

    /** The container is gone. */
    synchronized void forget(ContainerId id) {
        Manager m = managers.remove(id);
        if (m != null) {
            dropPending(m);
        }
    }

    private synchronized boolean claim(ContainerId id, Object ticket) {
        Manager m = managers.get(id);
        if (m == null || m.ticket != ticket) {
            return false;
        }
        m.ticket = null;
        m.pending = null;
        return true;
    }

    private static void dropPending(Manager m) {
        if (m.pending != null) {
            m.pending.cancel();
        }
        m.ticket = null;
        m.pending = null;
    }

    private Manager manager(ContainerId id) {
        return managers.computeIfAbsent(id, k -> new Manager());
    }
}
