package dev.berth.application.volume;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.event.Actor;
import dev.berth.domain.event.EventPublisher;
import dev.berth.domain.event.EventType;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeDriver;
import dev.berth.domain.volume.VolumeMetadata;
import dev.berth.domain.volume.VolumeMount;
import dev.berth.domain.volume.VolumeName;
import dev.berth.domain.volume.VolumeStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The volume use cases in front of the drivers: names, labels (kept in the {@link VolumeStore}), and the
 * containers that reference each volume, so that a volume in use is never removed. Creations, references and
 * removals are serialised on this service; mounts go straight to the driver, which counts them.
 */
public final class VolumeService implements VolumeCommands, VolumeQueries {

    private static final Logger LOG = Logger.getLogger(VolumeService.class.getName());

    private final Map<String, VolumeDriver> drivers;
    private final VolumeDriverLookup plugins;
    private final VolumeStore store;
    private final EventPublisher events;
    private final Map<VolumeName, VolumeMetadata> metadata = new HashMap<>();
    private final Map<VolumeName, Set<ContainerId>> references = new HashMap<>();

    public VolumeService(List<VolumeDriver> drivers, VolumeStore store, EventPublisher events) {
        this(drivers, VolumeDriverLookup.none(), store, events);
    }

    /** The built-in drivers win over a plugin of the same name, as dockerd's {@code local} does. */
    public VolumeService(List<VolumeDriver> drivers, VolumeDriverLookup plugins, VolumeStore store,
                         EventPublisher events) {
        Map<String, VolumeDriver> byName = new LinkedHashMap<>();
        drivers.forEach(d -> byName.put(d.name(), d));
        this.drivers = Map.copyOf(byName);
        this.plugins = plugins;
        this.store = store;
        this.events = events;
        store.loadAll().forEach(m -> metadata.put(m.name(), m));
    }

    @Override
    public synchronized Volume create(VolumeCreateRequest request) {
        VolumeName name = request.name().filter(n -> !n.isEmpty()).map(VolumeName::new).orElseGet(VolumeName::random);
        return create(name, request.driver(), request.options(), request.labels());
    }

    @Override
    public synchronized Volume inspect(String name) {
        return find(new VolumeName(name)).orElseThrow(() -> noSuchVolume(name));
    }

    @Override
    public synchronized List<Volume> list(VolumeFilter filter) {
        return all().stream().filter(filter.predicate(v -> inUse(v.name()))).toList();
    }

    @Override
    public synchronized void remove(String name, boolean force) {
        Optional<Volume> volume = find(new VolumeName(name));
        if (volume.isEmpty()) {
            if (force) {
                return;
            }
            throw noSuchVolume(name);
        }
        delete(volume.get());
    }

    @Override
    public synchronized VolumePruneReport prune(VolumePruneFilter filter) {
        List<String> deleted = new ArrayList<>();
        long reclaimed = 0;
        for (Volume volume : all()) {
            if (!inUse(volume.name()) && filter.selects(volume)) {
                try {
                    long size = Math.max(0, usage(volume).size());
                    delete(volume);
                    deleted.add(volume.name().value());
                    reclaimed += size;
                } catch (BerthException e) {
                    LOG.log(Level.WARNING, "could not prune volume " + volume.name(), e);
                }
            }
        }
        events.publish(EventType.VOLUME, "prune", new Actor("", Map.of("reclaimed", Long.toString(reclaimed))));
        return new VolumePruneReport(deleted, reclaimed);
    }

    /** {@code docker system df}'s figures for one volume: its size ({@code -1} when unknown) and its users. */
    public synchronized VolumeUsage usage(Volume volume) {
        long size = driver(volume.driver()).usage(volume.name()).orElse(VolumeUsage.UNKNOWN);
        return new VolumeUsage(size, references.getOrDefault(volume.name(), Set.of()).size());
    }

    // ---------------------------------------------------------------- the container side

    /**
     * The volume a container's mount names, created when missing (an anonymous one gets a random name and
     * dockerd's anonymous label), now referenced by {@code user}.
     */
    public synchronized Volume acquire(VolumeMount mount, ContainerId user) {
        VolumeName name = mount.anonymous() ? VolumeName.random() : new VolumeName(mount.name());
        Map<String, String> labels = new HashMap<>(mount.labels());
        if (mount.anonymous()) {
            labels.put(Volume.ANONYMOUS_LABEL, "");
        }
        Volume volume = find(name).orElseGet(() -> create(name, mount.driver(), mount.driverOptions(), labels));
        reference(volume.name(), user);
        return volume;
    }

    /** Records a reference the container already had (its record was loaded at start-up). */
    public synchronized void reference(VolumeName name, ContainerId user) {
        references.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(user);
    }

    /** Drops {@code user}'s reference; with {@code removeAnonymous}, an anonymous volume nobody else uses goes. */
    public synchronized void release(VolumeName name, ContainerId user, boolean removeAnonymous) {
        Set<ContainerId> users = references.get(name);
        if (users != null) {
            users.remove(user);
        }
        if (users == null || users.isEmpty()) {
            references.remove(name);
            if (removeAnonymous) {
                find(name).filter(Volume::anonymous).ifPresent(this::delete);
            }
        }
    }

    public Path mount(VolumeName name, String driver, ContainerId user) {
        Path path = driver(driver).mount(name, user.value());
        publish(name, driver, "mount", Map.of("container", user.value()));
        return path;
    }

    public void unmount(VolumeName name, String driver, ContainerId user) {
        driver(driver).unmount(name, user.value());
        publish(name, driver, "unmount", Map.of("container", user.value()));
    }

    private void publish(VolumeName name, String driver, String action, Map<String, String> extra) {
        Map<String, String> attributes = new HashMap<>(extra);
        attributes.put("driver", driver);
        events.publish(EventType.VOLUME, action, new Actor(name.value(), attributes));
    }

    // ---------------------------------------------------------------- internals

    private Volume create(VolumeName name, String driverName, Map<String, String> options,
                          Map<String, String> labels) {
        VolumeDriver driver = driver(driverName);
        Optional<Volume> existing = find(name);
        if (existing.isPresent()) {
            if (!existing.get().driver().equals(driver.name())) {
                throw new Conflict("create " + name + ": volume name is already used by driver \""
                        + existing.get().driver() + "\"");
            }
            return existing.get();
        }
        Volume created = driver.create(name, options);
        VolumeMetadata recorded = new VolumeMetadata(name, driver.name(), labels);
        store.save(recorded);
        metadata.put(name, recorded);
        publish(name, driver.name(), "create", Map.of());
        return created.withLabels(labels);
    }

    private void delete(Volume volume) {
        Set<ContainerId> users = references.getOrDefault(volume.name(), Set.of());
        if (!users.isEmpty()) {
            throw new Conflict("remove " + volume.name() + ": volume is in use - "
                    + users.stream().map(ContainerId::value).toList().toString().replace(" ", ""));
        }
        driver(volume.driver()).remove(volume.name());
        store.delete(volume.name());
        metadata.remove(volume.name());
        publish(volume.name(), volume.driver(), "destroy", Map.of());
    }

    private boolean inUse(VolumeName name) {
        return !references.getOrDefault(name, Set.of()).isEmpty();
    }

    /** The recorded driver first; a volume its driver knows but the store does not (a crash) has no labels. */
    private Optional<Volume> find(VolumeName name) {
        VolumeMetadata recorded = metadata.get(name);
        if (recorded != null) {
            Optional<VolumeDriver> driver = lookup(recorded.driver());
            if (driver.isPresent()) {
                return driver.get().get(name).map(v -> v.withLabels(recorded.labels()));
            }
        }
        return knownDrivers().stream().flatMap(d -> d.get(name).stream()).findFirst();
    }

    /** The built-in drivers, then the plugins activated so far (a built-in name shadows a plugin). */
    private List<VolumeDriver> knownDrivers() {
        List<VolumeDriver> known = new ArrayList<>(drivers.values());
        plugins.active().stream().filter(p -> !drivers.containsKey(p.name())).forEach(known::add);
        return known;
    }

    private List<Volume> all() {
        List<Volume> volumes = new ArrayList<>();
        for (VolumeDriver driver : knownDrivers()) {
            for (Volume volume : driver.list()) {
                VolumeMetadata recorded = metadata.get(volume.name());
                volumes.add(recorded == null ? volume : volume.withLabels(recorded.labels()));
            }
        }
        return volumes;
    }

    private VolumeDriver driver(String name) {
        return lookup(name).orElseThrow(() -> new NotFound("error looking up volume plugin " + name + ": plugin \""
                + name + "\" not found"));
    }

    private Optional<VolumeDriver> lookup(String name) {
        VolumeDriver driver = drivers.get(name);
        return driver != null ? Optional.of(driver) : plugins.find(name);
    }

    private static NotFound noSuchVolume(String name) {
        return new NotFound("get " + name + ": no such volume");
    }
}
