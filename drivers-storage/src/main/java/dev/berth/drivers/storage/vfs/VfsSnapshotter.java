package dev.berth.drivers.storage.vfs;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.storage.Change;
import dev.berth.domain.storage.Mount;
import dev.berth.domain.storage.SnapshotDiffer;
import dev.berth.domain.storage.SnapshotKey;
import dev.berth.domain.storage.Snapshotter;
import dev.berth.drivers.storage.common.BindMount;
import dev.berth.drivers.storage.common.ChangeList;
import dev.berth.drivers.storage.common.LayerUnpacker;
import dev.berth.drivers.storage.common.LowerLayers;
import dev.berth.drivers.storage.common.SnapshotCatalog;
import dev.berth.drivers.storage.common.TreeCopier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Layers as full copies, for filesystems where overlay does not work: each snapshot's {@code fs/} starts as a copy
 * of its parent's, so it needs no union mount, only a bind. Slow and large, but it runs anywhere.
 */
public final class VfsSnapshotter implements Snapshotter, SnapshotDiffer {

    private final SnapshotCatalog catalog;
    private final LayerUnpacker unpacker = new LayerUnpacker(new VfsWhiteouts(), LowerLayers.NONE);

    public VfsSnapshotter(Path root) {
        this.catalog = new SnapshotCatalog(root);
    }

    @Override
    public String name() {
        return "vfs";
    }

    @Override
    public List<Mount> prepare(SnapshotKey key, Optional<SnapshotKey> parent) {
        Optional<Path> source = parent.map(catalog::filesystem);
        catalog.create(key, parent, staging -> {
            if (source.isPresent()) {
                Path fs = SnapshotCatalog.filesystemIn(staging);
                Files.delete(fs);
                TreeCopier.copyTree(source.get(), fs);
            }
        });
        return mounts(key);
    }

    @Override
    public List<Mount> mounts(SnapshotKey key) {
        return List.of(BindMount.of(catalog.filesystem(key), catalog.metadata(key).isActive()));
    }

    @Override
    public long apply(SnapshotKey active, InputStream layerTar) {
        return catalog.unpack(active, unpacker, layerTar);
    }

    @Override
    public void commit(SnapshotKey name, SnapshotKey active) {
        catalog.commit(name, active);
    }

    @Override
    public void diff(SnapshotKey key, OutputStream tar) {
        Optional<Path> parent = catalog.metadata(key).parent().map(catalog::filesystem);
        try {
            new TreeComparisonDiff(tar).write(catalog.filesystem(key), parent);
        } catch (IOException e) {
            throw new SystemFault("cannot write the changes of snapshot " + key.value(), e);
        }
    }

    @Override
    public List<Change> changes(SnapshotKey key) {
        Optional<Path> parent = catalog.metadata(key).parent().map(catalog::filesystem);
        ChangeList changes = new ChangeList();
        try {
            new TreeComparison(new TreeComparison.Visitor() {
                @Override
                public void removed(String name, Path directory) {
                    changes.add(name, Change.Kind.DELETED);
                }

                @Override
                public void changed(Path node, String name, boolean existedBefore) {
                    changes.add(name, existedBefore ? Change.Kind.MODIFIED : Change.Kind.ADDED);
                }
            }).walk(catalog.filesystem(key), parent);
        } catch (IOException e) {
            throw new SystemFault("cannot list the changes of snapshot " + key.value(), e);
        }
        return changes.changes();
    }

    @Override
    public long usage(SnapshotKey key) {
        return catalog.usage(key);
    }

    @Override
    public boolean exists(SnapshotKey key) {
        return catalog.exists(key);
    }

    @Override
    public void remove(SnapshotKey key) {
        catalog.remove(key);
    }
}
