package dev.berth.application.event;

import dev.berth.domain.error.BerthException;
import dev.berth.domain.event.Event;
import dev.berth.domain.event.EventType;
import dev.berth.domain.image.ImageReference;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code filters} of {@code GET /events}, matched as dockerd matches them (daemon/events/filter.go): every
 * filter name given must match (AND), any of its values may (OR). Object filters ({@code container},
 * {@code network}...) match the actor's ID or name by prefix; {@code image} matches the image by ID, name, or
 * name without its tag; {@code label} needs every {@code key} or {@code key=value} among the attributes.
 */
public record EventFilter(Map<String, List<String>> values) {

    public static final Set<String> NAMES = Set.of("type", "event", "scope", "container", "image", "network",
            "volume", "daemon", "plugin", "label");
    public static final EventFilter ALL = new EventFilter(Map.of());

    /** Event filters that match on a prefix of the action ({@code exec_start: sh -c ...}). */
    private static final Set<String> ACTION_PREFIXES = Set.of("health_status", "exec_create", "exec_start");

    public EventFilter {
        values = Map.copyOf(values);
    }

    public boolean includes(Event event) {
        return matchesAction(event.action())
                && exact("type", event.type().apiName())
                && exact("scope", "local")
                && byName("container", EventType.CONTAINER, event)
                && byName("network", EventType.NETWORK, event)
                && byName("volume", EventType.VOLUME, event)
                && byName("daemon", EventType.DAEMON, event)
                && byName("plugin", EventType.PLUGIN, event)
                && matchesImage(event)
                && matchesLabels(event.actor().attributes());
    }

    private boolean matchesAction(String action) {
        List<String> wanted = get("event");
        if (wanted.stream().anyMatch(ACTION_PREFIXES::contains)) {
            return wanted.stream().anyMatch(action::startsWith);
        }
        return exact("event", action);
    }

    /** dockerd's FuzzyMatch on the actor's ID and name, whatever the event's type (it checks both). */
    private boolean byName(String filter, EventType type, Event event) {
        List<String> wanted = get(filter);
        if (wanted.isEmpty()) {
            return true;
        }
        String name = event.actor().attributes().getOrDefault("name", "");
        return wanted.stream().anyMatch(v -> event.actor().id().startsWith(v) || name.startsWith(v));
    }

    private boolean matchesImage(Event event) {
        List<String> wanted = get("image");
        if (wanted.isEmpty()) {
            return true;
        }
        String id = event.actor().id();
        String name = event.actor().attributes().getOrDefault(
                event.type() == EventType.IMAGE ? "name" : "image", "");
        return wanted.stream().anyMatch(v -> v.equals(id) || v.equals(name)
                || v.equals(withoutTag(id)) || v.equals(withoutTag(name)));
    }

    private boolean matchesLabels(Map<String, String> attributes) {
        for (String label : get("label")) {
            int eq = label.indexOf('=');
            String key = eq < 0 ? label : label.substring(0, eq);
            if (!attributes.containsKey(key) || (eq >= 0 && !attributes.get(key).equals(label.substring(eq + 1)))) {
                return false;
            }
        }
        return true;
    }

    private boolean exact(String filter, String value) {
        List<String> wanted = get(filter);
        return wanted.isEmpty() || wanted.contains(value);
    }

    private List<String> get(String filter) {
        return values.getOrDefault(filter, List.of());
    }

    /** The familiar repository ({@code busybox} for {@code busybox:1.36}); the text itself when it is no name. */
    private static String withoutTag(String image) {
        if (image.isEmpty()) {
            return image;
        }
        try {
            return ImageReference.parse(image).familiarRepository();
        } catch (BerthException notAReference) {
            return image;
        }
    }
}
