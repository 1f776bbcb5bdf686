package dev.berth.application.event;

import dev.berth.domain.error.Unavailable;
import dev.berth.domain.event.Actor;
import dev.berth.domain.event.Event;
import dev.berth.domain.event.EventType;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventBusTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final Clock frozen = Clock.fixed(T0, ZoneOffset.UTC);

    private static void publish(EventBus bus, String action, String id) {
        bus.publish(EventType.CONTAINER, action, new Actor(id, Map.of("name", "c-" + id)));
    }

    private static List<String> drain(Subscription s) {
        List<String> seen = new ArrayList<>();
        for (Optional<Event> e = s.next(Duration.ZERO); e.isPresent(); e = s.next(Duration.ZERO)) {
            seen.add(e.get().action() + ":" + e.get().actor().id());
        }
        return seen;
    }

    @Test
    void timesStrictlyIncreaseEvenWhenTheClockStandsStill() {
        EventBus bus = new EventBus(frozen, 10, 10);
        Subscription all = bus.subscribe(EventFilter.ALL, Optional.empty());
        publish(bus, "create", "a");
        publish(bus, "start", "a");
        Instant first = all.next(Duration.ZERO).orElseThrow().time();
        Instant second = all.next(Duration.ZERO).orElseThrow().time();
        assertEquals(T0, first);
        assertEquals(T0.plusNanos(1), second);
    }

    @Test
    void sinceReplaysTheKeptHistoryThenGoesLiveWithoutLossOrRepeat() {
        EventBus bus = new EventBus(frozen, 3, 10);
        for (String id : List.of("a", "b", "c", "d")) {
            publish(bus, "create", id);
        }
        Subscription fromStart = bus.subscribe(EventFilter.ALL, Optional.of(Instant.EPOCH));
        Subscription fromThird = bus.subscribe(EventFilter.ALL, Optional.of(T0.plusNanos(2)));
        Subscription liveOnly = bus.subscribe(EventFilter.ALL, Optional.empty());
        publish(bus, "create", "e");
        assertEquals(List.of("create:b", "create:c", "create:d", "create:e"), drain(fromStart),
                "the oldest event fell out of the 3-event history");
        assertEquals(List.of("create:c", "create:d", "create:e"), drain(fromThird));
        assertEquals(List.of("create:e"), drain(liveOnly));
    }

    @Test
    void aFilteredReaderSeesOnlyItsEventsAndTheirBufferIsNotUsedByOthers() {
        EventBus bus = new EventBus(frozen, 10, 2);
        Subscription dies = bus.subscribe(new EventFilter(Map.of("event", List.of("die"))), Optional.empty());
        for (int i = 0; i < 5; i++) {
            publish(bus, "start", "x" + i);
        }
        publish(bus, "die", "x4");
        assertEquals(List.of("die:x4"), drain(dies), "events it filters out do not fill its buffer");
    }

    @Test
    void aSlowReaderGetsEveryEventUpToTheBoundThenIsToldItFellBehind() {
        EventBus bus = new EventBus(frozen, 10, 3);
        Subscription slow = bus.subscribe(EventFilter.ALL, Optional.empty());
        for (String id : List.of("a", "b", "c", "d", "e")) {
            publish(bus, "create", id);
        }
        assertEquals("create:a", slow.next(Duration.ZERO).orElseThrow().action() + ":a");
        assertEquals("b", slow.next(Duration.ZERO).orElseThrow().actor().id());
        assertEquals("c", slow.next(Duration.ZERO).orElseThrow().actor().id());
        var cutOff = assertThrows(Unavailable.class, () -> slow.next(Duration.ZERO));
        assertTrue(cutOff.getMessage().contains("fell more than 3 events behind"), cutOff.getMessage());
    }

    @Test
    void aReaderBelowTheBoundLosesNothingAndKeepsOrderUnderConcurrentPublishers() throws Exception {
        EventBus bus = new EventBus(Clock.systemUTC(), 10, 4000);
        Subscription reader = bus.subscribe(EventFilter.ALL, Optional.empty());
        int publishers = 4;
        int each = 1000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < publishers; p++) {
            String prefix = "p" + p + "-";
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < each; i++) {
                    publish(bus, "create", prefix + i);
                }
            }));
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        List<Event> seen = new ArrayList<>();
        for (Optional<Event> e = reader.next(Duration.ZERO); e.isPresent(); e = reader.next(Duration.ZERO)) {
            seen.add(e.get());
        }
        assertEquals(publishers * each, seen.size());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).time().isAfter(seen.get(i - 1).time()), "delivered in publication order");
        }
        for (int p = 0; p < publishers; p++) {
            String prefix = "p" + p + "-";
            List<String> ids = seen.stream().map(e -> e.actor().id()).filter(id -> id.startsWith(prefix)).toList();
            assertEquals(each, ids.size());
            for (int i = 0; i < each; i++) {
                assertEquals(prefix + i, ids.get(i), "each publisher's events in its own order");
            }
        }
    }

    @Test
    void aClosedReaderIsNoLongerFed() {
        EventBus bus = new EventBus(frozen, 10, 1);
        Subscription gone = bus.subscribe(EventFilter.ALL, Optional.empty());
        gone.close();
        publish(bus, "create", "a");
        publish(bus, "create", "b");
        assertEquals(List.of(), drain(gone), "nothing queued, and no overflow reported to a closed reader");
    }
}
