package dev.berth.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --log-opt max-size=2k --log-opt max-file=2} on a container that writes about 40 kB: its log is rotated
 * while it runs, at most two files stay, and {@code docker logs} shows the newest lines in order, the first ones
 * rotated away; {@code logs -f} followed it across the rotations without losing a line.
 */
class LogRotationIT {

    private static final int LINES = 800;

    @TempDir
    Path dir;

    @Test
    void aChattyContainersLogIsRotatedAndStillReadsInOrder() throws Exception {
        try (Berthd daemon = new Berthd(dir).start()) {
            Path image = dir.resolve("bb.tar");
            BusyboxImage.write(image, "rotate-bb:latest");
            daemon.call("POST", "/images/load?quiet=1", image);
            String id = daemon.json("POST", "/containers/create", """
                    {"Image":"rotate-bb:latest",
                     "Cmd":["sh","-c","sleep 1; i=1; while [ $i -le %d ]; do echo line-$i; i=$((i+1)); usleep 5000; done"],
                     "HostConfig":{"LogConfig":{"Type":"json-file","Config":{"max-size":"2k","max-file":"2"}}}}"""
                    .formatted(LINES)).get("Id").asText();
            daemon.call("POST", "/containers/" + id + "/start", null);
            // follows from the start, across every rotation, until the exit
            String followed = daemon.call("GET", "/containers/" + id + "/logs?stdout=1&follow=1", null);
            assertEquals(0, daemon.json("POST", "/containers/" + id + "/wait", null).get("StatusCode").asInt());

            assertEquals(LINES, lines(followed).size(), "logs -f lost or repeated lines across rotations");
            assertEquals("line-1", lines(followed).getFirst());
            List<Path> files = logFiles(id);
            assertTrue(files.size() <= 2 && files.contains(dir.resolve("data/containers/" + id + "/container.log.1")),
                    "rotated, and at most two files kept: " + files);
            List<String> logged = lines(daemon.call("GET", "/containers/" + id + "/logs?stdout=1", null));
            assertEquals("line-" + LINES, logged.getLast());
            assertFalse(logged.contains("line-1"), "the first lines were rotated away");
            int first = Integer.parseInt(logged.getFirst().substring("line-".length()));
            for (int i = 0; i < logged.size(); i++) {
                assertEquals("line-" + (first + i), logged.get(i), "in order, none missing");
            }
        }
    }

    /**
     * The text of the stdout frames, a line each: their 8-byte headers hold only bytes 0 to 9 here (stream 1, sizes
     * 7 to 9 of "line-N\n"), which no line holds.
     */
    private static List<String> lines(String framed) {
        return framed.replaceAll("[\\x00-\\x09]", "").lines().toList();
    }

    private List<Path> logFiles(String id) {
        try (Stream<Path> entries = Files.list(dir.resolve("data/containers/" + id))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("container.log")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
