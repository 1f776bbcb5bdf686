package dev.berth.application.event;

import dev.berth.domain.event.Actor;
import dev.berth.domain.event.Event;
import dev.berth.domain.event.EventPublisher;
import dev.berth.domain.event.EventType;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The daemon's one event stream: every use case publishes to it, {@code GET /events} readers subscribe. It keeps
 * the last {@code historySize} events for readers that ask for the past ({@code since}); publication and
 * subscription share one lock, so a new reader gets each event exactly once, from the history or live. Times are
 * strictly increasing, so that {@code since}/{@code until} split the stream unambiguously.
 */
public final class EventBus implements EventPublisher {

    private final Clock clock;
    private final int historySize;
    private final int bufferSize;
    private final Deque<Event> history = new ArrayDeque<>();
    private final Set<Subscription> subscribers = ConcurrentHashMap.newKeySet();
    private Instant last = Instant.EPOCH;

    /**
     * @param historySize how many past events are kept for {@code since}
     * @param bufferSize  how many live events a reader may fall behind before it is cut off
     */
    public EventBus(Clock clock, int historySize, int bufferSize) {
        this.clock = clock;
        this.historySize = historySize;
        this.bufferSize = bufferSize;
    }

    @Override
    public synchronized void publish(EventType type, String action, Actor actor) {
        Event event = new Event(type, action, actor, nextTime());
        history.addLast(event);
        if (history.size() > historySize) {
            history.removeFirst();
        }
        subscribers.removeIf(subscriber -> !subscriber.offer(event));
    }

    /** A reader of the kept events at or after {@code since} (none when empty), then of every new one. */
    public synchronized Subscription subscribe(EventFilter filter, Optional<Instant> since) {
        List<Event> past = since.map(from -> history.stream()
                        .filter(e -> !e.time().isBefore(from) && filter.includes(e)).toList())
                .orElse(List.of());
        Subscription subscription = new Subscription(this, filter, past, bufferSize);
        subscribers.add(subscription);
        return subscription;
    }

    void unsubscribe(Subscription subscription) {
        subscribers.remove(subscription);
    }

    private Instant nextTime() {
        Instant now = clock.instant();
        last = now.isAfter(last) ? now : last.plusNanos(1);
        return last;
    }
}
