package dev.berth.drivers.storage.common;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.plugins.sdk.DriverContext;
import dev.berth.plugins.sdk.storage.SnapshotterProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvidersTest {

    @TempDir
    Path root;

    private static Map<String, SnapshotterProvider> providers() {
        return ServiceLoader.load(SnapshotterProvider.class).stream().map(ServiceLoader.Provider::get)
                .collect(Collectors.toMap(SnapshotterProvider::name, Function.identity()));
    }

    @Test
    void bothDriversAreFoundByTheirConfigurationNames() {
        Map<String, SnapshotterProvider> providers = providers();

        assertEquals(Set.of("overlayfs", "vfs"), providers.keySet());
        for (var provider : providers.values()) {
            Path driverRoot = root.resolve(provider.name());
            var snapshotter = provider.create(new DriverContext(driverRoot, Map.of()));
            assertEquals(provider.name(), snapshotter.name());
            assertTrue(Files.isDirectory(driverRoot.resolve("snapshots")));
        }
    }

    @Test
    void unknownOptionsFailTheDriverStart() {
        for (var provider : providers().values()) {
            var context = new DriverContext(root, Map.of("size", "10G"));
            var failure = assertThrows(InvalidParameter.class, () -> provider.create(context));
            assertEquals("unknown option size for storage driver " + provider.name(), failure.getMessage());
        }
    }
}
