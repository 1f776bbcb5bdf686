package dev.berth.application.image;

import dev.berth.domain.event.Actor;
import dev.berth.domain.event.EventPublisher;
import dev.berth.domain.event.EventType;

import java.util.Map;

/** Tells the event stream what happened to an image: the actor is the image ID (or the reference pulled or pushed). */
final class ImageEvents {

    private final EventPublisher publisher;

    ImageEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    void publish(String id, String name, String action) {
        publisher.publish(EventType.IMAGE, action, new Actor(id, Map.of("name", name)));
    }
}
