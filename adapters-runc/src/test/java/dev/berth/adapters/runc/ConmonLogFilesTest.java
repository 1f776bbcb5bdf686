package dev.berth.adapters.runc;

import dev.berth.domain.container.ContainerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ConmonLogFilesTest {

    private static final ContainerId ID = ContainerId.random();

    @TempDir
    Path dir;

    private Path log;

    private ConmonLogFiles files() throws IOException, InterruptedException {
        log = Files.createDirectories(dir.resolve("data")).resolve("container.log");
        // The monitor's control FIFO, with no monitor reading it: the reopen is skipped as for an exited one.
        Path fifo = BundleLayout.under(dir.resolve("exec")).controlFifo(ID);
        Files.createDirectories(fifo.getParent());
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        return ConmonLogFiles.under(dir.resolve("exec"));
    }

    @Test
    void rotationShiftsTheFilesAndDropsTheOldest() throws Exception {
        ConmonLogFiles files = files();
        for (String run : new String[] {"a", "b", "c", "d"}) {
            Files.writeString(log, run);
            assertEquals(1, files.size(log));
            files.rotate(ID, log, 3);
        }
        assertEquals("d", Files.readString(dir.resolve("data/container.log.1")));
        assertEquals("c", Files.readString(dir.resolve("data/container.log.2")));
        assertEquals(2, count(), "two rotated files and the current one (to come) make three");
        assertEquals(0, files.size(log), "no current file until the monitor opens one");
    }

    @Test
    void withOneFileTheLogStartsOver() throws Exception {
        ConmonLogFiles files = files();
        Files.writeString(log, "old");
        files.rotate(ID, log, 1);
        assertFalse(Files.exists(log));
        assertEquals(0, count());
    }

    private long count() throws IOException {
        try (Stream<Path> entries = Files.list(dir.resolve("data"))) {
            return entries.count();
        }
    }
}
