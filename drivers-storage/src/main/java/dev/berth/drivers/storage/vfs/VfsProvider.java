package dev.berth.drivers.storage.vfs;

import dev.berth.domain.storage.Snapshotter;
import dev.berth.drivers.storage.common.DriverOptions;
import dev.berth.plugins.sdk.DriverContext;
import dev.berth.plugins.sdk.storage.SnapshotterProvider;

/** Registers the vfs driver under {@code berth.storage.driver=vfs}. */
public final class VfsProvider implements SnapshotterProvider {

    @Override
    public String name() {
        return "vfs";
    }

    @Override
    public Snapshotter create(DriverContext context) {
        DriverOptions.requireNone(name(), context.options());
        return new VfsSnapshotter(context.root());
    }
}
