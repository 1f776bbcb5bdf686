package dev.berth.application.container;

import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory index of containers, by ID and by name, with dockerd's lookup rules. */
final class ContainerRegistry {

    private final Map<ContainerId, Container> byId = new ConcurrentHashMap<>();
    private final Map<String, ContainerId> byName = new ConcurrentHashMap<>();

    /** Reserves the name for the container; Conflict when another container holds it. */
    synchronized void add(Container container) {
        ContainerId holder = byName.get(container.name().value());
        if (holder != null && !holder.equals(container.id())) {
            throw new Conflict("Conflict. The container name \"/" + container.name() + "\" is already in use by "
                    + "container \"" + holder + "\". You have to remove (or rename) that container to be able to "
                    + "reuse that name.");
        }
        byName.put(container.name().value(), container.id());
        byId.put(container.id(), container);
    }

    /** Moves the container to a new name; Conflict when another container holds it. */
    synchronized void rename(Container renamed) {
        Container previous = byId.get(renamed.id());
        add(renamed);
        if (previous != null && !previous.name().equals(renamed.name())) {
            byName.remove(previous.name().value(), renamed.id());
        }
    }

    /** Replaces the record of a known container (its name is unchanged). */
    void update(Container container) {
        byId.put(container.id(), container);
    }

    synchronized void remove(ContainerId id) {
        Container removed = byId.remove(id);
        if (removed != null) {
            byName.remove(removed.name().value(), id);
        }
    }

    Optional<Container> get(ContainerId id) {
        return Optional.ofNullable(byId.get(id));
    }

    boolean nameTaken(ContainerName name) {
        return byName.containsKey(name.value());
    }

    /** By full ID, then exact name, then unique ID prefix, as dockerd resolves a reference. */
    Container find(String ref) {
        if (ref == null || ref.isEmpty()) {
            throw new InvalidParameter("No container name or ID supplied");
        }
        String name = ref.startsWith("/") ? ref.substring(1) : ref;
        ContainerId named = byName.get(name);
        if (named != null && byId.containsKey(named)) {
            return byId.get(named);
        }
        List<Container> matches = byId.values().stream().filter(c -> c.id().value().startsWith(ref)).toList();
        if (matches.size() > 1) {
            throw new InvalidParameter("Multiple IDs found with provided prefix: " + ref);
        }
        if (matches.isEmpty()) {
            throw new NotFound("No such container: " + ref);
        }
        return matches.getFirst();
    }

    List<Container> all() {
        return byId.values().stream().sorted(Comparator.comparing(Container::created).reversed()).toList();
    }
}
