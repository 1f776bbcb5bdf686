package dev.berth.drivers.storage.overlayfs;

import dev.berth.domain.storage.Snapshotter;
import dev.berth.drivers.storage.common.DriverOptions;
import dev.berth.plugins.sdk.DriverContext;
import dev.berth.plugins.sdk.storage.SnapshotterProvider;

/** Registers the overlayfs driver under {@code berth.storage.driver=overlayfs}. */
public final class OverlayfsProvider implements SnapshotterProvider {

    @Override
    public String name() {
        return "overlayfs";
    }

    @Override
    public Snapshotter create(DriverContext context) {
        DriverOptions.requireNone(name(), context.options());
        return new OverlayfsSnapshotter(context.root());
    }
}
