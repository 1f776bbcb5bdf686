package dev.berth.adapters.plugins;

import dev.berth.application.plugin.PluginInfo;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.Unavailable;
import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeDriver;
import dev.berth.domain.volume.VolumeName;
import dev.berth.plugins.sample.DirectoryVolumeDriver;
import dev.berth.plugins.sdk.protocol.PluginServer;
import dev.berth.plugins.sdk.volume.VolumePlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SDK's server and Berth's bridge speaking to each other over a real Unix socket. */
class PluginBridgeTest {

    private static final Activation QUICK = new Activation(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Duration.ofMillis(10), Duration.ofMillis(50));

    @TempDir
    Path dir;

    private PluginServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theHandshakeTellsWhatThePluginImplements() throws IOException {
        server = VolumePlugin.serve(dir.resolve("run/sample.sock"), new DirectoryVolumeDriver(dir.resolve("data")));

        PluginRegistry registry = registry();
        assertEquals(List.of(), registry.activePlugins(), "nothing is activated before it is used");
        ActivePlugin plugin = registry.get("sample", "VolumeDriver").orElseThrow();

        assertEquals(List.of("VolumeDriver"), plugin.implemented());
        assertEquals(List.of(new PluginInfo("sample", "unix://" + dir.resolve("run/sample.sock"),
                List.of("VolumeDriver"))), registry.activePlugins());
        assertThrows(NotFound.class, () -> registry.get("sample", "authz"));
        assertTrue(registry.get("absent", "VolumeDriver").isEmpty());
    }

    @Test
    void aVolumeLivesThroughTheWholeProtocol() throws IOException {
        server = VolumePlugin.serve(dir.resolve("run/sample.sock"), new DirectoryVolumeDriver(dir.resolve("data")));
        VolumeDriver driver = new PluginVolumeDrivers(registry()).find("sample").orElseThrow();
        VolumeName name = new VolumeName("v1");

        Volume created = driver.create(name, Map.of());
        Path mounted = driver.mount(name, "c1");
        driver.unmount(name, "c1");

        assertEquals("sample", created.driver());
        assertEquals("local", driver.scope());
        assertEquals(dir.resolve("data/volumes/v1"), created.mountpoint());
        assertEquals(created.mountpoint(), mounted);
        assertEquals(List.of("v1"), driver.list().stream().map(v -> v.name().value()).toList());
        assertEquals("Mount v1 c1\nUnmount v1 c1\n", Files.readString(dir.resolve("data/calls.log")));
        driver.remove(name);
        assertTrue(driver.get(name).isEmpty());
        assertTrue(Files.notExists(dir.resolve("data/volumes/v1")));
    }

    @Test
    void aPluginsErrKeepsItsKindAndMessage() throws IOException {
        server = VolumePlugin.serve(dir.resolve("run/sample.sock"), new DirectoryVolumeDriver(dir.resolve("data")));
        VolumeDriver driver = new PluginVolumeDrivers(registry()).find("sample").orElseThrow();
        VolumeName name = new VolumeName("v1");

        var invalid = assertThrows(InvalidParameter.class, () -> driver.create(name, Map.of("size", "1g")));
        assertEquals("VolumeDriver.Create: the sample driver takes no options, got [size]", invalid.getMessage());
        assertThrows(NotFound.class, () -> driver.remove(name));
        driver.create(name, Map.of());
        driver.mount(name, "c1");
        assertThrows(Conflict.class, () -> driver.remove(name));
    }

    @Test
    void activationIsRetriedUntilThePluginListens() throws IOException {
        Path socket = Files.createDirectories(dir.resolve("run")).resolve("late.sock");
        Files.createFile(socket); // a stale socket file: connecting fails until the plugin binds it
        var driver = new DirectoryVolumeDriver(dir.resolve("data"));
        int[] waits = {0};
        PluginRegistry registry = new PluginRegistry(discovery(), QUICK, delay -> {
            if (++waits[0] == 2) {
                try {
                    server = VolumePlugin.serve(socket, driver);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });

        assertEquals(List.of("VolumeDriver"), registry.get("late", "VolumeDriver").orElseThrow().implemented());
        assertEquals(2, waits[0]);
    }

    @Test
    void aPluginThatNeverListensFailsActivationWithAClearMessage() throws IOException {
        Files.createFile(Files.createDirectories(dir.resolve("run")).resolve("dead.sock"));
        Activation brief = new Activation(Duration.ofSeconds(1), Duration.ZERO, Duration.ofMillis(1),
                Duration.ofMillis(1));

        var e = assertThrows(Unavailable.class,
                () -> new PluginRegistry(discovery(), brief, delay -> { }).get("dead", "VolumeDriver"));
        assertTrue(e.getMessage().startsWith("plugin dead did not activate within 0s: Plugin.Activate: plugin dead"),
                e.getMessage());
    }

    private PluginRegistry registry() {
        return new PluginRegistry(discovery(), QUICK);
    }

    private PluginDiscovery discovery() {
        return new PluginDiscovery(List.of(dir.resolve("run")), List.of());
    }
}
