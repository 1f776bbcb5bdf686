package dev.berth.domain.event;

/** Where the use cases report what they did; the publisher stamps each event with the time. */
@FunctionalInterface
public interface EventPublisher {

    void publish(EventType type, String action, Actor actor);
}
