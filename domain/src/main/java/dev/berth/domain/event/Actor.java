package dev.berth.domain.event;

import java.util.Map;

/**
 * The object an event is about: its ID and attributes (for a container its {@code name}, {@code image} and labels;
 * for a {@code die}, the {@code exitCode}).
 */
public record Actor(String id, Map<String, String> attributes) {

    public Actor {
        attributes = Map.copyOf(attributes);
    }
}
