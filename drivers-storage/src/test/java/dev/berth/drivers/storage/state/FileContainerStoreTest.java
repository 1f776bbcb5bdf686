package dev.berth.drivers.storage.state;

import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.container.MountPoint;
import dev.berth.domain.container.RestartPolicy;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileContainerStoreTest {

    @TempDir
    Path root;

    private static Container container() {
        var config = new ContainerConfig("bb", "host", "", "", List.of("A=1"), null, List.of("sleep", "1"), "/w",
                Map.of("k", "v"), Set.of("80/tcp"), false, false, false, false, true, true, null, 5);
        return new Container(ContainerId.random(), new ContainerName("web"), Instant.parse("2026-01-01T00:00:00Z"),
                new ImageId(Digest.of("config".getBytes(StandardCharsets.UTF_8))), config,
                new HostConfig(true, "bridge", new RestartPolicy("on-failure", 2), List.of("/a:/b"),
                        List.of(MountPoint.parseBind("/a:/b:ro"), MountPoint.tmpfs("/t", "size=1m")), true, true),
                ContainerState.created().running(42, Instant.parse("2026-01-01T00:00:01Z")), "sleep", List.of("1"), 1, true);
    }

    @Test
    void aSavedRecordIsReadBackByAnotherInstance() {
        Container saved = container();
        new FileContainerStore(root).save(saved);
        assertEquals(List.of(saved), new FileContainerStore(root).loadAll());
    }

    @Test
    void deleteRemovesTheRecordAndTheLog() throws IOException {
        var store = new FileContainerStore(root);
        Container saved = container();
        store.save(saved);
        Files.writeString(store.logFile(saved.id()), "output");
        store.delete(saved.id());
        assertEquals(List.of(), store.loadAll());
        assertFalse(Files.exists(root.resolve(saved.id().value())));
    }

    @Test
    void anUnreadableRecordIsSkippedAndTheOthersLoad() throws IOException {
        var store = new FileContainerStore(root);
        Container good = container();
        store.save(good);
        Path broken = root.resolve("f".repeat(64));
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("config.json"), "{truncated");
        assertEquals(List.of(good), store.loadAll());
        assertTrue(Files.exists(broken), "a bad record is left for the operator, not deleted");
    }
}
