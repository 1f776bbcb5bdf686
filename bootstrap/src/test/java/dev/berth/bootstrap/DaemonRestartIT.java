package dev.berth.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Containers outlive a SIGKILL of berthd: one that keeps running is still reported running by the restarted
 * daemon, one that exited meanwhile is reported with its real exit code.
 */
class DaemonRestartIT {

    @TempDir
    Path dir;

    @Test
    void containersSurviveAKill9OfTheDaemon() throws Exception {
        Path image = dir.resolve("bb.tar");
        BusyboxImage.write(image, "restart-bb:latest");
        String longRunning;
        String killedWhileDown;
        int killedPid;
        try (Berthd first = new Berthd(dir).start()) {
            first.call("POST", "/images/load?quiet=1", image);
            longRunning = create(first, "[\"sleep\",\"300\"]");
            killedWhileDown = create(first, "[\"sleep\",\"300\"]");
            first.call("POST", "/containers/" + longRunning + "/start", null);
            first.call("POST", "/containers/" + killedWhileDown + "/start", null);
            killedPid = first.json("GET", "/containers/" + killedWhileDown + "/json", null).at("/State/Pid").asInt();
            first.kill9();
        }
        // While the daemon is down, one container's process is killed: only its monitor sees it end.
        new ProcessBuilder("kill", "-KILL", String.valueOf(killedPid)).start().waitFor();
        Berthd.awaitTrue(Duration.ofSeconds(20), () -> !Files.exists(Path.of("/proc/" + killedPid)),
                "the container's process did not end");

        try (Berthd second = new Berthd(dir).start()) {
            JsonNode running = second.json("GET", "/containers/" + longRunning + "/json", null);
            assertEquals("running", running.at("/State/Status").asText());
            assertTrue(Files.exists(Path.of("/proc/" + running.at("/State/Pid").asInt())), "its process is alive");

            JsonNode exited = second.json("GET", "/containers/" + killedWhileDown + "/json", null);
            assertEquals("exited", exited.at("/State/Status").asText());
            assertEquals(137, exited.at("/State/ExitCode").asInt(), "SIGKILL, as the monitor recorded it");

            second.call("DELETE", "/containers/" + longRunning + "?force=1", null);
            second.call("DELETE", "/containers/" + killedWhileDown, null);
        }
    }

    private static String create(Berthd daemon, String cmd) throws Exception {
        return daemon.json("POST", "/containers/create",
                "{\"Image\":\"restart-bb:latest\",\"Cmd\":" + cmd + "}").get("Id").asText();
    }
}
