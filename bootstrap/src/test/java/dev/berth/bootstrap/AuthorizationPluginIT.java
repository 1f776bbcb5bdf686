package dev.berth.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.plugins.sample.SampleAuthorizationPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * berthd with {@code --authorization-plugin}: the sample policy (plugins-sdk, its own process) lets ordinary
 * requests through, refuses what it denies with dockerd's 403 before anything happens (RESTEasy and hijacked
 * routes alike) and refuses answers that show a hidden object; a plugin that hangs or answers garbage denies
 * everything with a 500 saying so; a plugin that is missing stops berthd at start and refuses a SIGHUP reload.
 */
class AuthorizationPluginIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSamplePolicyAllowsAndDeniesRequestsAndAnswers() throws Exception {
        Path socket = dir.resolve("exec/plugins/policy.sock");
        Process plugin = startPlugin(socket, "/volumes/create|/attach");
        try {
            Berthd.awaitTrue(Duration.ofSeconds(30), () -> Files.exists(socket), "the plugin did not bind its socket");
            try (Berthd daemon = new Berthd(dir, "-b", "br-authz", "--authorization-plugin", "policy").start()) {
                Path image = dir.resolve("bb.tar");
                BusyboxImage.write(image, "authz-bb:latest");
                daemon.call("POST", "/images/load?quiet=1", image);
                String id = create(daemon, "{\"Image\":\"authz-bb:latest\",\"Cmd\":[\"true\"]}").get("Id").asText();
                assertEquals(1, containers(daemon).size());

                assertDenied(daemon.sendJson("POST", "/v1.43/volumes/create", "{\"Name\":\"denied\"}"),
                        "authorization denied by plugin policy: POST /v1.43/volumes/create is not allowed");
                assertTrue(Files.notExists(dir.resolve("data/volumes/denied")), "a denied request changes nothing");

                assertDenied(daemon.sendJson("POST", "/containers/create",
                                "{\"Image\":\"authz-bb:latest\",\"HostConfig\":{\"Privileged\":true}}"),
                        "authorization denied by plugin policy: privileged containers are not allowed");
                assertEquals(1, containers(daemon).size(), "the privileged container was not made");

                assertDenied(daemon.send("POST", "/containers/" + id + "/attach?stream=1&stdout=1", null),
                        "authorization denied by plugin policy: POST /containers/" + id
                                + "/attach?stream=1&stdout=1 is not allowed");

                String hidden = create(daemon, "{\"Image\":\"authz-bb:latest\",\"Labels\":{\"authz.sample/hidden\":\"1\"}}")
                        .get("Id").asText();
                assertDenied(daemon.send("GET", "/containers/" + hidden + "/json", null),
                        "authorization denied by plugin policy: the answer shows a hidden object");

                JsonNode info = daemon.json("GET", "/info", null);
                assertEquals("[\"policy\"]", info.at("/Plugins/Authorization").toString(), info.toString());
            }
        } finally {
            plugin.destroy();
            plugin.waitFor();
        }
    }

    @Test
    void aHangUpTurnsThePluginsOnAndRefusesAMissingOne() throws Exception {
        Path socket = dir.resolve("exec/plugins/policy.sock");
        Path config = Files.writeString(dir.resolve("berth.json"), "{}");
        Process plugin = startPlugin(socket, "/volumes/create");
        try {
            Berthd.awaitTrue(Duration.ofSeconds(30), () -> Files.exists(socket), "the plugin did not bind its socket");
            try (Berthd daemon = new Berthd(dir, "-b", "br-authz", "--config-file", config.toString()).start()) {
                assertEquals(201, daemon.sendJson("POST", "/volumes/create", "{\"Name\":\"before\"}").status());

                Files.writeString(config, "{\"authorization-plugins\": [\"policy\"]}");
                daemon.hangUp();
                Berthd.awaitTrue(Duration.ofSeconds(20), () -> status(daemon, "after") == 403,
                        "the reload did not turn the plugin on");

                Files.writeString(config, "{\"authorization-plugins\": [\"absent\"]}");
                daemon.hangUp();
                Berthd.awaitTrue(Duration.ofSeconds(30), () -> log().contains("configuration not reloaded: "
                        + "authorization plugin absent: plugin \"absent\" not found"), "the reload was not refused");
                assertEquals(403, status(daemon, "still"), "a refused reload keeps the plugins in use");
            }
        } finally {
            plugin.destroy();
            plugin.waitFor();
        }
    }

    private static int status(Berthd daemon, String volume) {
        try {
            return daemon.sendJson("POST", "/volumes/create", "{\"Name\":\"" + volume + "\"}").status();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("berthd.log"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPluginThatNeverAnswersDeniesWithATimeout() throws Exception {
        Path socket = dir.resolve("exec/plugins/stuck.sock");
        try (FakeAuthorizationPlugin stuck = FakeAuthorizationPlugin.start(socket, FakeAuthorizationPlugin.Behaviour.HANG);
             Berthd daemon = new Berthd(dir, "-b", "br-authz", "--authorization-plugin", "stuck")
                     .env("BERTH_PLUGINS_CALL_TIMEOUT", "2s").start()) {
            Berthd.Answer answer = daemon.sendJson("POST", "/volumes/create", "{\"Name\":\"never\"}");
            assertEquals(500, answer.status(), answer.body());
            assertTrue(message(answer).startsWith("plugin stuck failed with error: AuthZPlugin.AuthZReq: plugin stuck at unix://"), answer.body());
            assertTrue(message(answer).endsWith("no answer within 2s"), answer.body());
            assertTrue(Files.notExists(dir.resolve("data/volumes/never")), "a request nobody allowed changes nothing");
        }
    }

    @Test
    void aPluginAnsweringGarbageDenies() throws Exception {
        Path socket = dir.resolve("exec/plugins/junk.sock");
        try (FakeAuthorizationPlugin junk = FakeAuthorizationPlugin.start(socket, FakeAuthorizationPlugin.Behaviour.GARBAGE);
             Berthd daemon = new Berthd(dir, "-b", "br-authz", "--authorization-plugin", "junk").start()) {
            Berthd.Answer answer = daemon.send("GET", "/containers/json", null);
            assertEquals(500, answer.status(), answer.body());
            assertTrue(message(answer).startsWith("plugin junk failed with error: AuthZPlugin.AuthZReq: plugin junk answered garbage"),
                    answer.body());
        }
    }

    @Test
    void aMissingPluginStopsTheDaemonAtStart() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process daemon = new ProcessBuilder(java.toString(), "-jar",
                Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString(),
                "-H", "unix://" + dir.resolve("berth.sock"), "--data-root", dir.resolve("data").toString(),
                "--exec-root", dir.resolve("exec").toString(), "--authorization-plugin", "missing")
                .redirectErrorStream(true).start();
        String output = new String(daemon.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, daemon.waitFor());
        assertEquals("berthd: authorization plugin missing: plugin \"missing\" not found", output.strip());
    }

    private static JsonNode create(Berthd daemon, String body) throws Exception {
        return daemon.json("POST", "/containers/create", body);
    }

    private static JsonNode containers(Berthd daemon) throws Exception {
        return daemon.json("GET", "/containers/json?all=1", null);
    }

    private static void assertDenied(Berthd.Answer answer, String message) throws Exception {
        assertEquals(403, answer.status(), answer.body());
        assertEquals(message, message(answer));
    }

    private static String message(Berthd.Answer answer) throws Exception {
        return JSON.readTree(answer.body()).get("message").asText();
    }

    private Process startPlugin(Path socket, String deniedUris) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SampleAuthorizationPlugin.class.getName(), socket.toString(), deniedUris)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("plugin.log").toFile()))
                .start();
    }
}
