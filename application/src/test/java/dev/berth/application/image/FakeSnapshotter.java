package dev.berth.application.image;

import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.storage.Mount;
import dev.berth.domain.storage.SnapshotKey;
import dev.berth.domain.storage.Snapshotter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Snapshots as bookkeeping: parents, committed or active, and how many layer bytes each received. */
final class FakeSnapshotter implements Snapshotter {

    private final Map<SnapshotKey, Optional<SnapshotKey>> parents = new HashMap<>();
    private final Set<SnapshotKey> committed = new HashSet<>();
    int applied;

    Set<SnapshotKey> committed() {
        return Set.copyOf(committed);
    }

    Set<SnapshotKey> all() {
        return Set.copyOf(parents.keySet());
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public List<Mount> prepare(SnapshotKey key, Optional<SnapshotKey> parent) {
        parent.ifPresent(p -> {
            if (!committed.contains(p)) {
                throw new NotFound("parent " + p.value() + " not committed");
            }
        });
        parents.put(key, parent);
        return List.of();
    }

    @Override
    public List<Mount> mounts(SnapshotKey key) {
        return List.of();
    }

    @Override
    public long apply(SnapshotKey active, InputStream layerTar) {
        try {
            applied++;
            return layerTar.readAllBytes().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(SnapshotKey name, SnapshotKey active) {
        parents.put(name, parents.remove(active));
        committed.add(name);
    }

    @Override
    public long usage(SnapshotKey key) {
        return 0;
    }

    @Override
    public boolean exists(SnapshotKey key) {
        return parents.containsKey(key);
    }

    @Override
    public void remove(SnapshotKey key) {
        if (parents.values().stream().anyMatch(p -> p.equals(Optional.of(key)))) {
            throw new Conflict("snapshot " + key.value() + " has children");
        }
        parents.remove(key);
        committed.remove(key);
    }
}
