package dev.berth.application.container;

import dev.berth.domain.container.Container;
import dev.berth.domain.error.NotImplemented;
import dev.berth.domain.storage.Change;
import dev.berth.domain.storage.SnapshotDiffer;
import dev.berth.domain.storage.Snapshotter;

import java.util.List;
import java.util.Set;

/**
 * The changes of a container are those of its writable layer, as the storage driver walks them, less the mount
 * points of the files the runtime binds over the rootfs ({@code /etc/hosts}...): dockerd keeps those in an init
 * layer below the container's, so {@code docker diff} never shows them, nor the {@code /etc} they alone touched.
 */
public final class ContainerDiffService implements ContainerDiff {

    static final Set<String> RUNTIME_FILES = Set.of("/etc/hostname", "/etc/hosts", "/etc/resolv.conf");

    private final ContainerInspection containers;
    private final Snapshotter snapshotter;

    public ContainerDiffService(ContainerInspection containers, Snapshotter snapshotter) {
        this.containers = containers;
        this.snapshotter = snapshotter;
    }

    @Override
    public List<Change> changes(String ref) {
        Container container = containers.find(ref);
        if (!(snapshotter instanceof SnapshotDiffer differ)) {
            throw new NotImplemented("the " + snapshotter.name() + " storage driver cannot list changes");
        }
        return withoutRuntimeFiles(differ.changes(ContainerLayer.of(container.id())));
    }

    static List<Change> withoutRuntimeFiles(List<Change> changes) {
        List<Change> kept = changes.stream()
                .filter(c -> !(c.kind() == Change.Kind.ADDED && RUNTIME_FILES.contains(c.path()))).toList();
        boolean etcHoldsMore = kept.stream().anyMatch(c -> c.path().startsWith("/etc/"));
        boolean etcOnlyHeldMountPoints = kept.size() < changes.size() && !etcHoldsMore;
        return kept.stream()
                .filter(c -> !(etcOnlyHeldMountPoints && c.path().equals("/etc") && c.kind() == Change.Kind.MODIFIED))
                .toList();
    }
}
