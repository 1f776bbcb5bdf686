package dev.berth.application.container;

import dev.berth.domain.container.Container;
import dev.berth.domain.container.MountPoint;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.event.EventPublisher;
import dev.berth.domain.files.ContainerFiles;
import dev.berth.domain.files.ContainerTree;
import dev.berth.domain.files.ExtractOptions;
import dev.berth.domain.files.PathStat;
import dev.berth.domain.files.RootfsAccess;
import dev.berth.domain.storage.Snapshotter;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The archive use cases: the container's rootfs (its running mount, or its snapshot mounted for the call) plus
 * the binds and volumes mounted into it, handed to {@link ContainerFiles}.
 */
public final class ContainerFilesService implements ContainerArchive {

    private final ContainerInspection containers;
    private final Snapshotter snapshotter;
    private final RootfsAccess rootfs;
    private final ContainerFiles files;
    private final ContainerEvents events;

    public ContainerFilesService(ContainerInspection containers, Snapshotter snapshotter, RootfsAccess rootfs,
                                 ContainerFiles files, EventPublisher events) {
        this.containers = containers;
        this.snapshotter = snapshotter;
        this.rootfs = rootfs;
        this.files = files;
        this.events = new ContainerEvents(events);
    }

    @Override
    public PathStat stat(String ref, String path) {
        Container container = containers.find(ref);
        return onTree(container, tree -> files.stat(tree, required(path)));
    }

    @Override
    public ArchiveRead read(String ref, String path) {
        Container container = containers.find(ref);
        PathStat stat = stat(ref, path);
        // dockerd tells of the copy once the archive is ready, before it streams
        events.publish(container, "archive-path");
        return new ArchiveRead(stat, out -> onTree(container, tree -> {
            files.read(tree, path, out);
            return null;
        }));
    }

    @Override
    public void extract(String ref, String path, InputStream tar, boolean noOverwriteDirNonDir, boolean copyUIDGID) {
        Container container = containers.find(ref);
        ExtractOptions options = new ExtractOptions(noOverwriteDirNonDir,
                copyUIDGID ? numericUser(container.config().user()) : Optional.empty());
        onTree(container, tree -> {
            files.extract(tree, required(path), tar, options);
            return null;
        });
        events.publish(container, "extract-to-dir");
    }

    @Override
    public Consumer<OutputStream> export(String ref) {
        Container container = containers.find(ref);
        return out -> {
            onTree(container, tree -> {
                files.export(tree, out);
                return null;
            });
            events.publish(container, "export");
        };
    }

    private <T> T onTree(Container container, Function<ContainerTree, T> work) {
        return rootfs.withRootfs(container.id(), snapshotter.mounts(ContainerLayer.of(container.id())),
                root -> work.apply(new ContainerTree(container.name().value(), root, mounts(container))));
    }

    /** Binds and volumes are host directories; a tmpfs lives only in the container's mount namespace. */
    private static List<ContainerTree.TreeMount> mounts(Container container) {
        return container.hostConfig().mounts().stream()
                .filter(m -> m.type() != MountPoint.Type.TMPFS && !m.source().isEmpty())
                .map(m -> new ContainerTree.TreeMount(m.destination(), Path.of(m.source()), m.readOnly()))
                .toList();
    }

    private static String required(String path) {
        if (path == null || path.isEmpty()) {
            throw new InvalidParameter("Path cannot be empty");
        }
        return path;
    }

    /** {@code uid[:gid]} as numbers; a user name keeps the tar's owners (no passwd lookup here). */
    private static Optional<ExtractOptions.Owner> numericUser(String user) {
        if (user == null || user.isEmpty()) {
            return Optional.of(new ExtractOptions.Owner(0, 0));
        }
        String[] parts = user.split(":", 2);
        if (!parts[0].matches("[0-9]+") || (parts.length == 2 && !parts[1].matches("[0-9]+"))) {
            return Optional.empty();
        }
        long uid = Long.parseLong(parts[0]);
        return Optional.of(new ExtractOptions.Owner(uid, parts.length == 2 ? Long.parseLong(parts[1]) : uid));
    }
}
