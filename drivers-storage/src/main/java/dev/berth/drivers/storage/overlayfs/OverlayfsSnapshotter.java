package dev.berth.drivers.storage.overlayfs;

import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.storage.Change;
import dev.berth.domain.storage.Mount;
import dev.berth.domain.storage.SnapshotDiffer;
import dev.berth.domain.storage.SnapshotKey;
import dev.berth.domain.storage.Snapshotter;
import dev.berth.drivers.storage.common.BindMount;
import dev.berth.drivers.storage.common.FileTree;
import dev.berth.drivers.storage.common.LayerUnpacker;
import dev.berth.drivers.storage.common.SnapshotCatalog;
import dev.berth.drivers.storage.common.SnapshotMetadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Layers as overlayfs directories: a snapshot's {@code fs/} is its upper directory while active and a lower one
 * for its children once committed; {@code work/} is overlay's scratch space. Layer tars are unpacked straight into
 * {@code fs/} with overlay's own whiteouts.
 */
public final class OverlayfsSnapshotter implements Snapshotter, SnapshotDiffer {

    private static final String WORK = "work";
    /** mount(2) copies at most one page of option data, its NUL included. */
    private static final int MOUNT_DATA_LIMIT = 4095;

    private final SnapshotCatalog catalog;
    private final ShortLinks links;

    /** InvalidParameter when {@code root} holds a character the overlay option syntax reserves. */
    public OverlayfsSnapshotter(Path root) {
        if (root.toString().contains(":") || root.toString().contains(",")) {
            throw new InvalidParameter("overlayfs root " + root + " must not contain ':' or ','");
        }
        try {
            this.catalog = new SnapshotCatalog(root);
            this.links = new ShortLinks(root);
        } catch (IOException e) {
            throw new SystemFault("cannot open overlayfs storage in " + root, e);
        }
    }

    @Override
    public String name() {
        return "overlayfs";
    }

    @Override
    public List<Mount> prepare(SnapshotKey key, Optional<SnapshotKey> parent) {
        catalog.create(key, parent, staging -> {
            Files.createDirectory(staging.resolve(WORK));
            links.create(staging, key.value());
        });
        try {
            return mounts(key);
        } catch (BerthException e) {
            // A snapshot that can never be mounted (too deep a chain) must not stay behind.
            remove(key);
            throw e;
        }
    }

    @Override
    public List<Mount> mounts(SnapshotKey key) {
        SnapshotMetadata metadata = catalog.metadata(key);
        try {
            List<String> lowers = new ArrayList<>();
            if (!metadata.isActive()) {
                lowers.add(links.path(catalog.directory(key)).toString());
            }
            for (SnapshotKey ancestor : catalog.ancestors(key)) {
                lowers.add(links.path(catalog.directory(ancestor)).toString());
            }
            if (metadata.isActive() && lowers.isEmpty()) {
                return List.of(BindMount.of(catalog.filesystem(key), true));
            }
            if (!metadata.isActive() && lowers.size() == 1) {
                return List.of(BindMount.of(catalog.filesystem(key), false));
            }
            List<String> options = new ArrayList<>();
            options.add("lowerdir=" + String.join(":", lowers));
            if (metadata.isActive()) {
                options.add("upperdir=" + catalog.filesystem(key));
                options.add("workdir=" + catalog.directory(key).resolve(WORK));
            }
            if (String.join(",", options).length() > MOUNT_DATA_LIMIT) {
                throw new SystemFault("snapshot " + key.value() + " has too many layers (" + lowers.size()
                        + ") for the options of one overlay mount");
            }
            return List.of(new Mount("overlay", "overlay", options));
        } catch (IOException e) {
            throw new SystemFault("cannot resolve the layers of snapshot " + key.value(), e);
        }
    }

    @Override
    public long apply(SnapshotKey active, InputStream layerTar) {
        List<Path> lowers = catalog.ancestors(active).stream().map(catalog::filesystem).toList();
        LayerUnpacker unpacker = new LayerUnpacker(new OverlayWhiteouts(), new OverlayLowerLayers(lowers));
        return catalog.unpack(active, unpacker, layerTar);
    }

    @Override
    public void commit(SnapshotKey name, SnapshotKey active) {
        catalog.commit(name, active);
        Path directory = catalog.directory(name);
        try {
            links.retarget(directory);
            FileTree.delete(directory.resolve(WORK));
        } catch (IOException e) {
            throw new SystemFault("cannot finish committing snapshot " + name.value(), e);
        }
    }

    /** The upper directory holds exactly the changes, so the diff is a walk of it, no comparison needed. */
    @Override
    public void diff(SnapshotKey key, OutputStream tar) {
        catalog.metadata(key);
        try {
            new UpperDirDiff(catalog.filesystem(key), tar).write();
        } catch (IOException e) {
            throw new SystemFault("cannot write the changes of snapshot " + key.value(), e);
        }
    }

    @Override
    public List<Change> changes(SnapshotKey key) {
        catalog.metadata(key);
        List<Path> lowers = catalog.ancestors(key).stream().map(catalog::filesystem).toList();
        try {
            return new UpperDirChanges(catalog.filesystem(key), lowers).list();
        } catch (IOException e) {
            throw new SystemFault("cannot list the changes of snapshot " + key.value(), e);
        }
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
        catalog.metadata(key);
        try {
            String link = links.id(catalog.directory(key));
            catalog.remove(key);
            links.remove(link);
        } catch (IOException e) {
            throw new SystemFault("cannot remove snapshot " + key.value(), e);
        }
    }
}
