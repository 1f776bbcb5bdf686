package dev.berth.application.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daemon's scheduler: one timer thread that hands each due task to a virtual thread, so that a slow task (a
 * container start, a probe) never holds up the others.
 */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ExecutorScheduler.class.getName());

    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("berth-scheduler").daemon().factory());

    public ExecutorScheduler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable task) {
        var future = timer.schedule(() -> Thread.ofVirtual().name("berth-task").start(() -> run(task)),
                Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // A task is the end of its own chain: nobody else would learn of its failure.
            LOG.log(Level.WARNING, "scheduled task failed", e);
        }
    }
}
