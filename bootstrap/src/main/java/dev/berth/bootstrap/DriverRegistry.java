package dev.berth.bootstrap;

import dev.berth.domain.storage.Snapshotter;
import dev.berth.domain.volume.VolumeDriver;
import dev.berth.domain.network.NetworkDriver;
import dev.berth.plugins.sdk.DriverContext;
import dev.berth.plugins.sdk.network.NetworkDriverProvider;
import dev.berth.plugins.sdk.storage.SnapshotterProvider;
import dev.berth.plugins.sdk.volume.VolumeDriverProvider;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The one place drivers are discovered ({@link ServiceLoader}); a duplicate or unknown name stops the start. */
public final class DriverRegistry {

    private DriverRegistry() {
    }

    public static Snapshotter snapshotter(String name, Path dataRoot, Map<String, String> options) {
        SnapshotterProvider provider = storageProviders().get(name);
        if (provider == null) {
            throw unknown(name);
        }
        return provider.create(new DriverContext(dataRoot.resolve(name), options));
    }

    /** Fails fast, before the server starts, with the names that would have worked. */
    static void checkStorageDriver(String name) {
        if (!storageProviders().containsKey(name)) {
            throw unknown(name);
        }
    }

    private static Map<String, SnapshotterProvider> storageProviders() {
        Map<String, SnapshotterProvider> byName = new TreeMap<>();
        for (SnapshotterProvider provider : ServiceLoader.load(SnapshotterProvider.class)) {
            if (byName.putIfAbsent(provider.name(), provider) != null) {
                throw new UnknownDriverException("two storage drivers are named \"" + provider.name() + "\"");
            }
        }
        return byName;
    }

    private static UnknownDriverException unknown(String name) {
        return new UnknownDriverException("unknown storage driver \"" + name + "\" (known: "
                + String.join(", ", storageProviders().keySet()) + ")");
    }

    /**
     * Every volume driver on the class path, each in its own directory: {@code <data-root>/volumes} for
     * {@code local} (dockerd's layout), {@code <data-root>/volumes-<name>} for others.
     */
    public static List<VolumeDriver> volumeDrivers(Path dataRoot) {
        List<VolumeDriver> drivers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (VolumeDriverProvider provider : ServiceLoader.load(VolumeDriverProvider.class)) {
            if (!names.add(provider.name())) {
                throw new UnknownDriverException("two volume drivers are named \"" + provider.name() + "\"");
            }
            String dir = provider.name().equals("local") ? "volumes" : "volumes-" + provider.name();
            drivers.add(provider.create(new DriverContext(dataRoot.resolve(dir), Map.of())));
        }
        return drivers;
    }

    /** Every network driver on the class path by name, each with {@code <data-root>/network/<name>} as its own. */
    public static Map<String, NetworkDriver> networkDrivers(Path dataRoot) {
        Map<String, NetworkDriver> drivers = new TreeMap<>();
        for (NetworkDriverProvider provider : ServiceLoader.load(NetworkDriverProvider.class)) {
            NetworkDriver driver = provider.create(new DriverContext(dataRoot.resolve("network").resolve(provider.name()),
                    Map.of()));
            if (drivers.putIfAbsent(provider.name(), driver) != null) {
                throw new UnknownDriverException("two network drivers are named \"" + provider.name() + "\"");
            }
        }
        return drivers;
    }

    /** A storage driver configuration that cannot work. */
    public static final class UnknownDriverException extends RuntimeException {
        UnknownDriverException(String message) {
            super(message);
        }
    }
}
