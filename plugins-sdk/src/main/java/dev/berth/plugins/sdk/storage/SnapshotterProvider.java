package dev.berth.plugins.sdk.storage;

import dev.berth.domain.storage.Snapshotter;
import dev.berth.plugins.sdk.DriverContext;

/**
 * A storage driver found through {@link java.util.ServiceLoader}, selected by {@code berth.storage.driver=<name>}.
 */
public interface SnapshotterProvider {

    /** The configuration name, unique among storage drivers ({@code overlayfs}, {@code vfs}). */
    String name();

    /** InvalidParameter when the options name a key the driver does not know. */
    Snapshotter create(DriverContext context);
}
