package dev.berth.application.container;

import dev.berth.domain.storage.Mount;
import dev.berth.domain.storage.SnapshotKey;
import dev.berth.domain.storage.Snapshotter;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps snapshot parents in a map; mounts name the key so tests can see which snapshot was used. */
final class FakeSnapshotter implements Snapshotter {

    final Map<SnapshotKey, Optional<SnapshotKey>> snapshots = new HashMap<>();
    /** What {@link #usage} reports per snapshot (0 when absent). */
    final Map<SnapshotKey, Long> usage = new HashMap<>();

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public List<Mount> prepare(SnapshotKey key, Optional<SnapshotKey> parent) {
        snapshots.put(key, parent);
        return mounts(key);
    }

    @Override
    public List<Mount> mounts(SnapshotKey key) {
        return List.of(new Mount("bind", "/snapshots/" + key.value(), List.of("rbind")));
    }

    @Override
    public long apply(SnapshotKey active, InputStream layerTar) {
        return 0;
    }

    @Override
    public void commit(SnapshotKey name, SnapshotKey active) {
        snapshots.put(name, snapshots.remove(active));
    }

    @Override
    public long usage(SnapshotKey key) {
        return usage.getOrDefault(key, 0L);
    }

    @Override
    public boolean exists(SnapshotKey key) {
        return snapshots.containsKey(key);
    }

    @Override
    public void remove(SnapshotKey key) {
        snapshots.remove(key);
    }
}
