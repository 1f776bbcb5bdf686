package dev.berth.bootstrap;

import dev.berth.plugins.sample.SamplePlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample volume plugin, built with plugins-sdk, runs as its own process on a socket in berthd's plugin
 * directory; a volume created with {@code -d sample} carries data from one container to the next and the plugin
 * sees each container's Mount and Unmount under the container's id.
 */
class VolumePluginIT {

    @TempDir
    Path dir;

    @Test
    void aVolumePluginServesContainersEndToEnd() throws Exception {
        Path socket = dir.resolve("exec/plugins/sample.sock");
        Path pluginRoot = dir.resolve("sample");
        Process plugin = SamplePlugins.start(SamplePlugin.class, dir.resolve("plugin.log"), socket.toString(),
                pluginRoot.toString());
        try (Berthd daemon = new Berthd(dir).start()) {
            Berthd.awaitTrue(Duration.ofSeconds(30), () -> Files.exists(socket), "the plugin did not bind its socket");
            Path image = dir.resolve("bb.tar");
            BusyboxImage.write(image, "plugin-bb:latest");
            daemon.call("POST", "/images/load?quiet=1", image);

            daemon.json("POST", "/volumes/create", "{\"Name\":\"shared\",\"Driver\":\"sample\"}");
            assertEquals("sample", daemon.json("GET", "/volumes/shared", null).get("Driver").asText());
            String writer = run(daemon, "echo written > /data/file");
            String reader = run(daemon, "test \"$(cat /data/file)\" = written");
            Berthd.awaitTrue(Duration.ofSeconds(30), () -> SamplePlugins.calls(pluginRoot).size() == 4,
                    "the plugin did not see two mounts and two unmounts");

            assertEquals(List.of("Mount shared " + writer, "Unmount shared " + writer, "Mount shared " + reader,
                    "Unmount shared " + reader), SamplePlugins.calls(pluginRoot));
            assertEquals("written\n", Files.readString(pluginRoot.resolve("volumes/shared/file")));
            assertThrows(IllegalStateException.class, () -> daemon.call("DELETE", "/volumes/shared", null),
                    "a volume a container references is in use");
            daemon.call("DELETE", "/containers/" + writer, null);
            daemon.call("DELETE", "/containers/" + reader, null);
            daemon.call("DELETE", "/volumes/shared", null);
            assertTrue(Files.notExists(pluginRoot.resolve("volumes/shared")), "the plugin removed the volume");
        } finally {
            plugin.destroy();
            plugin.waitFor();
        }
    }

    /** A container that runs {@code script} with the volume at /data and exits 0. */
    private static String run(Berthd daemon, String script) throws Exception {
        String id = daemon.json("POST", "/containers/create", """
                {"Image":"plugin-bb:latest","Cmd":["sh","-c","%s"],"HostConfig":{"Binds":["shared:/data"]}}"""
                .formatted(script.replace("\"", "\\\""))).get("Id").asText();
        daemon.call("POST", "/containers/" + id + "/start", null);
        assertEquals(0, daemon.json("POST", "/containers/" + id + "/wait", null).get("StatusCode").asInt(), script);
        return id;
    }
}
