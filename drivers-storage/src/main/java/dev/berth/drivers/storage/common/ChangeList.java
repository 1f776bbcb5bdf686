package dev.berth.drivers.storage.common;

import dev.berth.domain.storage.Change;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects a snapshot's changes in walk order (names relative to its root) as dockerd reports them: each path once,
 * and the directories above a change listed as modified before it, even when their own attributes did not change.
 */
public final class ChangeList {

    private final List<Change> changes = new ArrayList<>();
    private final Set<String> recorded = new HashSet<>();

    /** {@code name} is relative ({@code etc/passwd}). */
    public void add(String name, Change.Kind kind) {
        String path = "/" + name;
        int slash = path.lastIndexOf('/');
        if (slash > 0 && !recorded.contains(path.substring(0, slash))) {
            add(path.substring(1, slash), Change.Kind.MODIFIED);
        }
        if (recorded.add(path)) {
            changes.add(new Change(path, kind));
        }
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }
}
