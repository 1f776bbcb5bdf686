package dev.berth.plugins.sdk.volume;

import dev.berth.domain.volume.VolumeDriver;
import dev.berth.plugins.sdk.DriverContext;

/**
 * A volume driver found through {@link java.util.ServiceLoader}; clients pick it by name ({@code --driver local}).
 */
public interface VolumeDriverProvider {

    /** The name clients use, unique among volume drivers ({@code local}). */
    String name();

    /** The context's root is the driver's own directory ({@code <data-root>/volumes} for {@code local}). */
    VolumeDriver create(DriverContext context);
}
