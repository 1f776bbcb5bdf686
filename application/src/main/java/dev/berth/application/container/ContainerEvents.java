package dev.berth.application.container;

import dev.berth.domain.container.Container;
import dev.berth.domain.event.Actor;
import dev.berth.domain.event.EventPublisher;
import dev.berth.domain.event.EventType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells the event stream what happened to a container, with the attributes dockerd gives every container event:
 * the container's labels, its {@code image} (as the client named it) and {@code name}, plus the action's own.
 */
public final class ContainerEvents {

    private final EventPublisher publisher;

    public ContainerEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void publish(Container container, String action) {
        publish(container, action, Map.of());
    }

    public void publish(Container container, String action, Map<String, String> extra) {
        Map<String, String> attributes = new LinkedHashMap<>(container.config().labels());
        attributes.put("image", container.config().image());
        attributes.put("name", container.name().value());
        attributes.putAll(extra);
        publisher.publish(EventType.CONTAINER, action, new Actor(container.id().value(), attributes));
    }

    /** {@code container prune}: not about one container, so the actor has no ID (as dockerd). */
    public void pruned(long reclaimedBytes) {
        publisher.publish(EventType.CONTAINER, "prune",
                new Actor("", Map.of("reclaimed", Long.toString(reclaimedBytes))));
    }
}
