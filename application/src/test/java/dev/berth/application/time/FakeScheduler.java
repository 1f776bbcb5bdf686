package dev.berth.application.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler whose time moves only when the test advances it; due tasks run on the test's thread. */
public final class FakeScheduler implements Scheduler {

    private record Task(Instant due, long order, Runnable body) {
    }

    private final List<Task> pending = new ArrayList<>();
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private long order;

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable body) {
        Task task = new Task(now.plus(delay), order++, body);
        pending.add(task);
        return () -> {
            synchronized (this) {
                pending.remove(task);
            }
        };
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    /** Moves time forward, running each task that falls due, in time order, at its due time. */
    public void advance(Duration by) {
        Instant end;
        synchronized (this) {
            end = now.plus(by);
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = pending.stream().filter(t -> !t.due().isAfter(end))
                        .min(Comparator.comparing(Task::due).thenComparingLong(Task::order)).orElse(null);
                if (next == null) {
                    now = end;
                    return;
                }
                pending.remove(next);
                now = next.due();
            }
            next.body().run();
        }
    }

    /** The delays of the tasks waiting, from now. */
    public synchronized List<Duration> delays() {
        return pending.stream().sorted(Comparator.comparing(Task::due).thenComparingLong(Task::order))
                .map(t -> Duration.between(now, t.due())).toList();
    }
}
