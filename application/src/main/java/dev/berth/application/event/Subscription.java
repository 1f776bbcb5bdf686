package dev.berth.application.event;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.error.Unavailable;
import dev.berth.domain.event.Event;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One reader of the event stream: first the past events it asked for, then live ones, in publication order.
 * Live events wait in a bounded buffer; a reader that lets it fill is cut off, and told so once it has read
 * everything delivered before that point: no event is ever skipped silently.
 */
public final class Subscription implements AutoCloseable {

    private final EventBus bus;
    private final EventFilter filter;
    private final Deque<Event> backlog;
    private final BlockingQueue<Event> live;
    private volatile boolean fellBehind;

    Subscription(EventBus bus, EventFilter filter, List<Event> backlog, int capacity) {
        this.bus = bus;
        this.filter = filter;
        this.backlog = new ArrayDeque<>(backlog);
        this.live = new ArrayBlockingQueue<>(capacity);
    }

    /**
     * The next event, waiting up to {@code timeout} for one; empty when none came. Unavailable once every event
     * before the overflow has been read.
     */
    public Optional<Event> next(Duration timeout) {
        if (!backlog.isEmpty()) {
            return Optional.of(backlog.removeFirst());
        }
        try {
            Event event = fellBehind ? live.poll() : live.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (event == null && fellBehind) {
                throw new Unavailable("the events stream was closed: this reader fell more than "
                        + capacity() + " events behind");
            }
            return Optional.ofNullable(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted while waiting for events", e);
        }
    }

    @Override
    public void close() {
        bus.unsubscribe(this);
    }

    /** Called by the bus, under its lock, for each published event; false once this reader is cut off. */
    boolean offer(Event event) {
        if (!filter.includes(event)) {
            return true;
        }
        if (!live.offer(event)) {
            fellBehind = true;
        }
        return !fellBehind;
    }

    private int capacity() {
        return live.size() + live.remainingCapacity();
    }
}
