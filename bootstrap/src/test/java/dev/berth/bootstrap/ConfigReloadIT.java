package dev.berth.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SIGHUP re-reads the config file, applies what can change live and says so on the event stream. */
class ConfigReloadIT {

    @TempDir
    Path dir;

    @Test
    void aHangUpAppliesTheEditedConfigFileAndEmitsADaemonReload() throws Exception {
        Path config = Files.writeString(dir.resolve("berth.json"), "{\"max-concurrent-downloads\": 3}");
        try (Berthd daemon = new Berthd(dir, "--config-file", config.toString()).start()) {
            long since = Instant.now().getEpochSecond() - 1;
            assertEquals(false, daemon.json("GET", "/info", null).get("Debug").asBoolean());

            Files.writeString(config, "{\"debug\": true, \"insecure-registries\": [\"10.9.0.0/16\"]}");
            daemon.hangUp();
            Berthd.awaitTrue(Duration.ofSeconds(20), () -> debugOn(daemon), "the reload did not turn debug on");

            JsonNode info = daemon.json("GET", "/info", null);
            assertTrue(info.at("/RegistryConfig/InsecureRegistryCIDRs").toString().contains("10.9.0.0/16"), info.toString());
            String events = daemon.call("GET", "/events?since=" + since + "&until=" + (Instant.now().getEpochSecond() + 1)
                    + "&filters=%7B%22type%22%3A%7B%22daemon%22%3Atrue%7D%7D", null);
            assertTrue(events.contains("\"Action\":\"reload\"") && events.contains("\"debug\":\"true\""), events);

            Files.writeString(config, "{not json");
            daemon.hangUp();
            assertEquals("OK", daemon.call("GET", "/_ping", null), "a bad file leaves the daemon running");
        }
    }

    private static boolean debugOn(Berthd daemon) {
        try {
            return daemon.json("GET", "/info", null).get("Debug").asBoolean();
        } catch (IOException e) {
            return false;
        }
    }
}
