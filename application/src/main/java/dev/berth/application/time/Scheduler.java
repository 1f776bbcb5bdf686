package dev.berth.application.time;

import java.time.Duration;
import java.time.Instant;

/**
 * Runs tasks later: restart backoff and health probes wait on it, so that tests drive time by hand instead of
 * sleeping. {@link #now()} is the scheduler's own clock, the one its delays are measured on.
 */
public interface Scheduler {

    /** Runs the task once, after the delay, on a thread of the scheduler's. */
    Scheduled schedule(Duration delay, Runnable task);

    Instant now();

    /** A task not yet run; cancelling one that already ran does nothing. */
    @FunctionalInterface
    interface Scheduled {
        void cancel();
    }
}
