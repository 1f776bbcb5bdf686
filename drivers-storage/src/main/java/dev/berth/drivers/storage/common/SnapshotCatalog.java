package dev.berth.drivers.storage.common;

import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.storage.SnapshotKey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The on-disk bookkeeping both drivers share: each snapshot is {@code <root>/snapshots/<key>/} holding {@code fs/}
 * (its files) and {@code meta} (kind and parent, written atomically). A snapshot appears only once complete: it is
 * built in a staging directory and renamed into place; removal renames it away before deleting.
 */
public final class SnapshotCatalog {

    /** Fills a snapshot's directory while it is still staged (its {@code fs/} exists, empty). */
    @FunctionalInterface
    public interface Populator {
        void populate(Path directory) throws IOException;
    }

    private static final String META = "meta";
    private static final String FS = "fs";
    /** Keys start with an alphanumeric, so dot names never clash with a snapshot. */
    private static final String STAGING_PREFIX = ".staging-";
    private static final String REMOVING_PREFIX = ".removing-";

    private final Path snapshots;

    public SnapshotCatalog(Path root) {
        this.snapshots = root.resolve("snapshots");
        try {
            Files.createDirectories(snapshots);
            try (Stream<Path> leftovers = Files.list(snapshots)) {
                for (Path leftover : leftovers.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                    FileTree.delete(leftover);
                }
            }
        } catch (IOException e) {
            throw new SystemFault("cannot open snapshot directory " + snapshots, e);
        }
    }

    public Path directory(SnapshotKey key) {
        return snapshots.resolve(key.value());
    }

    public Path filesystem(SnapshotKey key) {
        return filesystemIn(directory(key));
    }

    /** The {@code fs/} of a snapshot directory, staged or published. */
    public static Path filesystemIn(Path snapshotDirectory) {
        return snapshotDirectory.resolve(FS);
    }

    public boolean exists(SnapshotKey key) {
        return Files.isRegularFile(directory(key).resolve(META));
    }

    /** NotFound when there is no such snapshot. */
    public SnapshotMetadata metadata(SnapshotKey key) {
        if (!exists(key)) {
            throw notFound(key);
        }
        try {
            return SnapshotMetadata.parse(Files.readString(directory(key).resolve(META), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SystemFault("cannot read metadata of snapshot " + key.value(), e);
        }
    }

    /** The bytes of the files in a snapshot's own {@code fs/} (hard links once); NotFound when missing. */
    public long usage(SnapshotKey key) {
        metadata(key);
        try {
            return dev.berth.plugins.sdk.FileTree.size(filesystem(key));
        } catch (IOException e) {
            throw new SystemFault("cannot measure snapshot " + key.value(), e);
        }
    }

    /** NotFound when missing, Conflict when committed. */
    public SnapshotMetadata active(SnapshotKey key) {
        SnapshotMetadata metadata = metadata(key);
        if (!metadata.isActive()) {
            throw new Conflict("snapshot " + key.value() + " is committed, not active");
        }
        return metadata;
    }

    /** Unpacks a layer tar into an active snapshot's {@code fs/}; NotFound, Conflict when committed. */
    public long unpack(SnapshotKey active, LayerUnpacker unpacker, InputStream layerTar) {
        active(active);
        try {
            return unpacker.unpack(layerTar, filesystem(active));
        } catch (IOException e) {
            throw new SystemFault("failed to apply layer to snapshot " + active.value(), e);
        }
    }

    /** The snapshots below {@code key}, nearest first. */
    public List<SnapshotKey> ancestors(SnapshotKey key) {
        List<SnapshotKey> chain = new ArrayList<>();
        for (Optional<SnapshotKey> next = metadata(key).parent(); next.isPresent(); next = metadata(next.get()).parent()) {
            chain.add(next.get());
        }
        return chain;
    }

    /** Creates an active snapshot; Conflict when the key is taken or the parent is not committed. */
    public synchronized void create(SnapshotKey key, Optional<SnapshotKey> parent, Populator populator) {
        if (exists(key)) {
            throw new Conflict("snapshot " + key.value() + " already exists");
        }
        if (parent.isPresent() && metadata(parent.get()).isActive()) {
            throw new Conflict("parent snapshot " + parent.get().value() + " is not committed");
        }
        Path staging = snapshots.resolve(STAGING_PREFIX + UUID.randomUUID());
        try {
            try {
                Files.createDirectory(staging);
                Files.createDirectory(staging.resolve(FS));
                populator.populate(staging);
                AtomicFile.write(staging.resolve(META),
                        new SnapshotMetadata(SnapshotMetadata.Kind.ACTIVE, parent).format());
                Files.move(staging, directory(key), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                FileTree.delete(staging);
            }
        } catch (IOException e) {
            throw new SystemFault("cannot create snapshot " + key.value(), e);
        }
    }

    /** Renames an active snapshot to {@code name} and makes it committed; nothing may change it afterwards. */
    public synchronized void commit(SnapshotKey name, SnapshotKey active) {
        SnapshotMetadata metadata = active(active);
        if (exists(name)) {
            throw new Conflict("snapshot " + name.value() + " already exists");
        }
        try {
            AtomicFile.write(directory(active).resolve(META), metadata.committed().format());
            Files.move(directory(active), directory(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SystemFault("cannot commit snapshot " + active.value() + " as " + name.value(), e);
        }
    }

    /** NotFound when missing; Conflict while a snapshot is built on it. */
    public synchronized void remove(SnapshotKey key) {
        metadata(key);
        children(key).stream().findFirst().ifPresent(child -> {
            throw new Conflict("cannot remove snapshot " + key.value() + ": snapshot " + child.value()
                    + " is built on it");
        });
        Path doomed = snapshots.resolve(REMOVING_PREFIX + UUID.randomUUID());
        try {
            Files.move(directory(key), doomed, StandardCopyOption.ATOMIC_MOVE);
            FileTree.delete(doomed);
        } catch (IOException e) {
            throw new SystemFault("cannot remove snapshot " + key.value(), e);
        }
    }

    private List<SnapshotKey> children(SnapshotKey key) {
        try (Stream<Path> entries = Files.list(snapshots)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .map(SnapshotKey::new)
                    .filter(this::exists)
                    .filter(candidate -> metadata(candidate).parent().filter(key::equals).isPresent())
                    .toList();
        } catch (IOException e) {
            throw new SystemFault("cannot list snapshots in " + snapshots, e);
        }
    }

    private static NotFound notFound(SnapshotKey key) {
        return new NotFound("snapshot " + key.value() + " does not exist");
    }
}
