package dev.berth.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.plugins.sdk.FileTree;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Testcontainers, through docker-java, against berthd: the API calls a Java test suite makes (ping, info, image
 * inspect, create with labels, start, logs for a wait strategy, inspect, stop and remove) just work. The daemon
 * listens where the failsafe configuration points DOCKER_HOST.
 */
class GenericContainerIT {

    @Test
    void aGenericContainerStartsWaitsForItsLogAndIsRemovedWhenClosed() throws Exception {
        Path dir = Path.of(System.getenv("DOCKER_HOST").substring("unix://".length())).getParent();
        FileTree.delete(dir);
        Files.createDirectories(dir);
        Path image = dir.resolve("bb.tar");
        BusyboxImage.write(image, "tc-bb:latest");
        try (Berthd daemon = new Berthd(dir).start()) {
            daemon.call("POST", "/images/load?quiet=1", image);
            String id;
            try (GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse("tc-bb:latest"))
                    .withCommand("sh", "-c", "echo ready; sleep 300")
                    .withLabel("team", "berth")
                    .waitingFor(Wait.forLogMessage("ready\\n", 1))) {
                container.start();
                id = container.getContainerId();

                assertTrue(container.isRunning());
                assertEquals("ready\n", container.getLogs());
                JsonNode inspect = daemon.json("GET", "/containers/" + id + "/json", null);
                assertEquals("berth", inspect.at("/Config/Labels/team").asText());
                assertEquals("running", inspect.at("/State/Status").asText());
            }
            String all = daemon.call("GET", "/containers/json?all=1", null);
            assertTrue(!all.contains(id), "closing the container removed it: " + all);
        }
    }
}
