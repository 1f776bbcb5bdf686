package dev.berth.bootstrap;

import dev.berth.domain.storage.Snapshotter;
import dev.berth.plugins.sdk.DriverContext;
import dev.berth.plugins.sdk.storage.SnapshotterProvider;

import java.nio.file.Path;
import java.util.Map;
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

    /** A storage driver configuration that cannot work. */
    public static final class UnknownDriverException extends RuntimeException {
        UnknownDriverException(String message) {
            super(message);
        }
    }
}
