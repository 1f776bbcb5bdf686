package dev.berth.bootstrap.wiring;

import dev.berth.application.event.EventBus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The daemon's one event bus, which the use cases publish to and {@code GET /events} reads. */
@ApplicationScoped
public class EventWiring {

    /** dockerd keeps the last 256 events for {@code since}; Berth keeps more, in memory. */
    private static final int HISTORY = 1024;
    /** How far a reader may fall behind the live stream before it is cut off (and told). */
    private static final int READER_BUFFER = 4096;

    @Produces
    @Singleton
    EventBus eventBus(Clock clock) {
        return new EventBus(clock, HISTORY, READER_BUFFER);
    }
}
