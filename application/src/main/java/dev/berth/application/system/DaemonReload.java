package dev.berth.application.system;

import dev.berth.domain.event.Actor;
import dev.berth.domain.event.EventPublisher;
import dev.berth.domain.event.EventType;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A daemon reload: hands the re-read settings to every part that applies them live, then tells the event stream
 * ({@code daemon reload}, with the settings as attributes, as dockerd). A part that refuses the settings
 * (InvalidParameter) stops the reload before the next part is told.
 */
public final class DaemonReload {

    private final EventPublisher events;
    private final String daemonId;
    private final String daemonName;
    private final List<Consumer<ReloadableSettings>> appliers = new CopyOnWriteArrayList<>();

    public DaemonReload(EventPublisher events, String daemonId, String daemonName) {
        this.events = events;
        this.daemonId = daemonId;
        this.daemonName = daemonName;
    }

    /** {@code applier} is called on every reload, in registration order. */
    public void onReload(Consumer<ReloadableSettings> applier) {
        appliers.add(applier);
    }

    public void reload(ReloadableSettings settings) {
        appliers.forEach(applier -> applier.accept(settings));
        events.publish(EventType.DAEMON, "reload", new Actor(daemonId, Map.of(
                "name", daemonName,
                "debug", Boolean.toString(settings.debug()),
                "insecure-registries", settings.insecureRegistries().stream()
                        .map(r -> "\"" + r + "\"").collect(Collectors.joining(",", "[", "]")),
                "max-concurrent-downloads", Integer.toString(settings.maxConcurrentDownloads()))));
    }
}
