package dev.berth.adapters.runc;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.runtime.ExitStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Exit files written as conmon writes them: a temp name renamed to the container's id. */
class ExitWatcherTest {

    private record Exit(ContainerId id, int code) {
    }

    @TempDir
    Path exitsDir;

    private final BlockingQueue<Exit> exits = new LinkedBlockingQueue<>();
    private ExitWatcher watcher;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(exitsDir.resolve(ContainerId.random().value()), "1");
        watcher = new ExitWatcher(exitsDir);
        watcher.add((id, status) -> exits.add(new Exit(id, status.code())));
    }

    @AfterEach
    void tearDown() throws IOException {
        watcher.close();
    }

    private void writeExit(ContainerId id, String code) throws IOException {
        Path temp = Files.writeString(exitsDir.resolve(id.value() + ".ABC123"), code);
        Files.move(temp, exitsDir.resolve(id.value()), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void announcesEachNewExitOnceWithItsCode() throws Exception {
        ContainerId id = ContainerId.random();

        writeExit(id, "137");

        assertEquals(new Exit(id, 137), exits.poll(10, TimeUnit.SECONDS));
        assertNull(exits.poll(200, TimeUnit.MILLISECONDS), "no repeat, and the exit from before start is history");
    }

    @Test
    void aFailingListenerDoesNotSilenceTheOthers() throws Exception {
        watcher.add((id, status) -> {
            throw new IllegalStateException("listener bug");
        });
        ContainerId a = ContainerId.random();
        ContainerId b = ContainerId.random();

        writeExit(a, "0");
        Exit first = exits.poll(10, TimeUnit.SECONDS);
        writeExit(b, "2");

        assertEquals(new Exit(a, 0), first);
        assertEquals(new Exit(b, 2), exits.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void aRestartedContainersNextExitIsAnnouncedAgain() throws Exception {
        ContainerId id = ContainerId.random();
        writeExit(id, "1");
        assertNotNull(exits.poll(10, TimeUnit.SECONDS));

        Files.delete(exitsDir.resolve(id.value()));
        watcher.reset(id);
        writeExit(id, "1");

        assertEquals(new Exit(id, 1), exits.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void exitFileHoldsTheCodeAndItsTime() throws IOException {
        Path file = Files.writeString(exitsDir.resolve("x"), "143\n");
        ExitStatus status = ExitFile.read(file).orElseThrow();
        assertEquals(143, status.code());
        assertEquals(Files.getLastModifiedTime(file).toInstant(), status.at());
    }
}
