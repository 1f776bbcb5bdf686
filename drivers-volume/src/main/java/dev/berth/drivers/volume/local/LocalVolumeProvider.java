package dev.berth.drivers.volume.local;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.volume.VolumeDriver;
import dev.berth.plugins.sdk.DriverContext;
import dev.berth.plugins.sdk.volume.VolumeDriverProvider;

/** Registers the {@code local} volume driver; it takes no daemon-level options. */
public final class LocalVolumeProvider implements VolumeDriverProvider {

    @Override
    public String name() {
        return LocalVolumeDriver.NAME;
    }

    @Override
    public VolumeDriver create(DriverContext context) {
        if (!context.options().isEmpty()) {
            throw new InvalidParameter("the local volume driver takes no options: " + context.options().keySet());
        }
        return new LocalVolumeDriver(context.root());
    }
}
