package dev.berth.bootstrap;

import dev.berth.plugins.sample.SampleLogPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample log driver plugin, built with plugins-sdk, runs as its own process: a container started with
 * {@code --log-driver sample-log} has its stdout and stderr delivered to the plugin through a FIFO, once per run,
 * with StartLogging and StopLogging around each run, while {@code docker logs} still reads Berth's own log. A log
 * driver nobody provides is refused at create.
 */
class LogPluginIT {

    @TempDir
    Path dir;

    @Test
    void aLogPluginReceivesEachRunsOutput() throws Exception {
        Path socket = dir.resolve("exec/plugins/sample-log.sock");
        Path pluginRoot = dir.resolve("sample-log");
        Process plugin = SamplePlugins.start(SampleLogPlugin.class, dir.resolve("plugin.log"), socket.toString(),
                pluginRoot.toString());
        try (Berthd daemon = new Berthd(dir).start()) {
            Berthd.awaitTrue(Duration.ofSeconds(30), () -> Files.exists(socket), "the plugin did not bind its socket");
            Path image = dir.resolve("bb.tar");
            BusyboxImage.write(image, "logplug-bb:latest");
            daemon.call("POST", "/images/load?quiet=1", image);

            String id = daemon.json("POST", "/containers/create?name=chatty", """
                    {"Image":"logplug-bb:latest","Cmd":["sh","-c","echo out-$RANDOM; echo to-err >&2; printf tail"],
                     "HostConfig":{"LogConfig":{"Type":"sample-log","Config":{"tag":"t1"}}}}""")
                    .get("Id").asText();
            assertEquals("sample-log", daemon.json("GET", "/containers/" + id + "/json", null)
                    .get("HostConfig").get("LogConfig").get("Type").asText());
            runOnce(daemon, id, pluginRoot, 2);
            runOnce(daemon, id, pluginRoot, 4);

            String started = "StartLogging " + id + " /chatty {tag=t1}";
            assertEquals(List.of(started, "StopLogging " + id, started, "StopLogging " + id),
                    SamplePlugins.calls(pluginRoot));
            List<String> received = Files.readAllLines(pluginRoot.resolve(id + ".log"));
            assertEquals(6, received.size(), "three entries a run: " + received);
            for (int run = 0; run < 2; run++) {
                List<String> entries = received.subList(3 * run, 3 * run + 3); // stdout and stderr interleave
                List<String> stdout = entries.stream().filter(e -> e.startsWith("stdout ")).toList();
                assertEquals(2, stdout.size(), entries.toString());
                assertTrue(stdout.get(0).matches("stdout out-[0-9]+"), entries.toString());
                assertEquals("stdout tail (partial)", stdout.get(1), "no newline ended it");
                assertTrue(entries.contains("stderr to-err"), entries.toString());
            }
            String logs = daemon.call("GET", "/containers/" + id + "/logs?stdout=1&stderr=1", null);
            assertTrue(logs.contains("to-err") && logs.contains("out-"), "Berth keeps its own log too: " + logs);
            assertTrue(Files.notExists(dir.resolve("exec/logging")) || isEmpty(dir.resolve("exec/logging")),
                    "each run's FIFO is removed after StopLogging");

            Berthd.Answer unknown = daemon.sendJson("POST", "/containers/create", """
                    {"Image":"logplug-bb:latest","HostConfig":{"LogConfig":{"Type":"nosuchlog"}}}""");
            assertEquals(400, unknown.status(), unknown.body());
            assertTrue(unknown.body().contains("logger: no log driver named 'nosuchlog' is registered"),
                    unknown.body());
            Berthd.Answer badOption = daemon.sendJson("POST", "/containers/create", """
                    {"Image":"logplug-bb:latest",
                     "HostConfig":{"LogConfig":{"Type":"json-file","Config":{"colour":"x"}}}}""");
            assertEquals(400, badOption.status(), badOption.body());
            assertTrue(badOption.body().contains("unknown log opt 'colour' for json-file log driver"), badOption.body());
            assertEquals(1, daemon.json("GET", "/containers/json?all=1", null).size(), "nothing else was created");
        } finally {
            plugin.destroy();
            plugin.waitFor();
        }
    }

    /** Runs the container to its exit, then waits for the plugin to have seen {@code calls} calls in all. */
    private static void runOnce(Berthd daemon, String id, Path pluginRoot, int calls) throws Exception {
        daemon.call("POST", "/containers/" + id + "/start", null);
        assertEquals(0, daemon.json("POST", "/containers/" + id + "/wait", null).get("StatusCode").asInt());
        Berthd.awaitTrue(Duration.ofSeconds(30), () -> SamplePlugins.calls(pluginRoot).size() == calls,
                "the plugin did not see the run start and stop: " + SamplePlugins.calls(pluginRoot));
    }

    private static boolean isEmpty(Path directory) {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
