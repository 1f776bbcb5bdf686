package dev.berth.drivers.volume;

import dev.berth.application.volume.VolumeCreateRequest;
import dev.berth.application.volume.VolumeFilter;
import dev.berth.application.volume.VolumeService;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.volume.Volume;
import dev.berth.drivers.volume.local.LocalVolumeDriver;
import dev.berth.drivers.volume.store.FileVolumeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a restarted daemon finds: a new service over a new driver and store on the same data root. */
class VolumeRestartTest {

    @TempDir
    Path dataRoot;

    private VolumeService start() {
        Path volumes = dataRoot.resolve("volumes");
        return new VolumeService(List.of(new LocalVolumeDriver(volumes)),
                new FileVolumeStore(volumes.resolve("metadata.json")), (type, action, actor) -> { });
    }

    @Test
    void volumesTheirLabelsOptionsAndDataOutliveTheService() throws Exception {
        Volume created = start().create(new VolumeCreateRequest(Optional.of("keep"), "local",
                Map.of("type", "none", "o", "bind", "device", "/srv"), Map.of("team", "web")));
        Files.writeString(created.mountpoint().resolve("note"), "written before the restart");

        VolumeService restarted = start();
        Volume found = restarted.inspect("keep");
        assertEquals(Map.of("team", "web"), found.labels());
        assertEquals(Map.of("type", "none", "o", "bind", "device", "/srv"), found.options());
        assertEquals(created.createdAt(), found.createdAt());
        assertEquals("written before the restart", Files.readString(found.mountpoint().resolve("note")));

        restarted.remove("keep", false);
        assertThrows(NotFound.class, () -> start().inspect("keep"));
        assertEquals(List.of(), start().list(VolumeFilter.NONE));
    }
}
