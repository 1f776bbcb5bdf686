package dev.berth.application.container;

import dev.berth.application.volume.FakeVolumeDriver;
import dev.berth.application.volume.InMemoryVolumeStore;
import dev.berth.application.volume.VolumeFilter;
import dev.berth.application.volume.VolumeService;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.CreateRequest;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.container.MountPoint;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.volume.Volume;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Containers and their volumes through ContainerService: resolution at create, mounts at start, rm -v. */
class ContainerVolumesTest {

    /** An image that declares {@code VOLUME /var/lib/app}. */
    private static final Image APP = new Image(new ImageId(Digest.of("app".getBytes(StandardCharsets.UTF_8))),
            new ImageConfig("amd64", "linux", null, Instant.EPOCH, null, null, null,
                    new ContainerDefaults(null, List.of(), null, List.of("sh"), null, Map.of(), Set.of(),
                            Set.of("/var/lib/app"), null),
                    List.of(), List.of()),
            List.of(), 100);

    private final FakeRuntime runtime = new FakeRuntime();
    private final InMemoryContainerStore store = new InMemoryContainerStore();
    private final FakeVolumeDriver driver = new FakeVolumeDriver();
    private final InMemoryVolumeStore volumeStore = new InMemoryVolumeStore();
    private final VolumeService volumes = new VolumeService(List.of(driver), volumeStore, (type, action, actor) -> { });
    private ContainerService service;

    @BeforeEach
    void start() {
        service = new ContainerService(store, name -> APP, new FakeSnapshotter(), runtime,
                (file, query, stopped, sink) -> { }, Clock.systemUTC(), Path.of("/usr/bin/tini-static"),
                new ContainerVolumes(volumes), (type, action, actor) -> { });
        service.recover();
    }

    private ContainerId create(String name, List<String> binds, List<String> volumesFrom, Set<String> declared) {
        var config = new ContainerConfig("app", null, null, null, null, null, null, null, Map.of(), Set.of(), false,
                false, false, false, false, false, null, null);
        var host = new HostConfig(false, null, null, binds,
                binds.stream().map(MountPoint::parseBind).toList(), false, false, volumesFrom);
        return service.create(new CreateRequest(Optional.of(new ContainerName(name)), config, host, declared));
    }

    private List<String> volumeNames() {
        return volumes.list(VolumeFilter.NONE).stream().map(v -> v.name().value()).sorted().toList();
    }

    private static MountPoint at(Container c, String destination) {
        return c.hostConfig().mounts().stream().filter(m -> m.destination().equals(destination)).findFirst()
                .orElseThrow();
    }

    @Test
    void namedDeclaredAndImageVolumesAreResolvedAtCreateAndMountedAtStart() {
        ContainerId id = create("web", List.of("data:/data:ro"), List.of(), Set.of("/cache"));
        Container web = service.find("web");
        assertEquals("/fake/data", at(web, "/data").source());
        assertTrue(at(web, "/data").readOnly());
        String cache = at(web, "/cache").volume().name();
        String image = at(web, "/var/lib/app").volume().name();
        assertTrue(cache.matches("[0-9a-f]{64}") && image.matches("[0-9a-f]{64}"), cache + " " + image);
        assertTrue(volumes.inspect(cache).anonymous());

        service.start("web");
        List<MountPoint> given = runtime.started.get(id).mounts();
        assertEquals(List.of("/data", "/cache", "/var/lib/app"), given.stream().map(MountPoint::destination).toList());
        assertEquals("/fake/data", given.getFirst().source());
    }

    @Test
    void aMountOverADeclaredPathWinsOverTheAnonymousVolume() {
        create("web", List.of("named:/var/lib/app"), List.of(), Set.of());
        assertEquals("named", at(service.find("web"), "/var/lib/app").volume().name());
        assertEquals(List.of("named"), volumeNames());
    }

    @Test
    void aVolumeInUseByAStoppedContainerCannotBeRemovedUntilTheContainerGoes() {
        create("web", List.of("data:/data"), List.of(), Set.of());
        assertThrows(Conflict.class, () -> volumes.remove("data", false));
        service.remove("web", false, true);
        assertTrue(volumeNames().contains("data")); // named volumes survive rm -v
        volumes.remove("data", false);
    }

    @Test
    void rmVRemovesAnonymousVolumesAndPlainRmKeepsThem() {
        create("kept", List.of(), List.of(), Set.of());
        String keptVolume = at(service.find("kept"), "/var/lib/app").volume().name();
        service.remove("kept", false);
        assertEquals(List.of(keptVolume), volumeNames());

        create("gone", List.of(), List.of(), Set.of());
        service.remove("gone", false, true);
        assertEquals(List.of(keptVolume), volumeNames());
    }

    @Test
    void volumesFromSharesTheVolumesReadOnlyWithRo() {
        create("source", List.of("shared:/shared"), List.of(), Set.of());
        create("reader", List.of(), List.of("source:ro"), Set.of());
        Container reader = service.find("reader");
        assertEquals("/fake/shared", at(reader, "/shared").source());
        assertTrue(at(reader, "/shared").readOnly());
        assertEquals(at(service.find("source"), "/var/lib/app").volume().name(),
                at(reader, "/var/lib/app").volume().name());

        service.remove("source", false, true);
        Volume anonymous = volumes.inspect(at(reader, "/var/lib/app").volume().name());
        assertTrue(anonymous.anonymous()); // still used by the reader
        assertThrows(Conflict.class, () -> volumes.remove("shared", false));
    }

    @Test
    void referencesAreRecoveredByANewServiceOnTheSameStore() {
        create("web", List.of("data:/data"), List.of(), Set.of());
        var restartedVolumes = new VolumeService(List.of(driver), volumeStore, (type, action, actor) -> { });
        var restarted = new ContainerService(store, name -> APP, new FakeSnapshotter(), runtime,
                (file, query, stopped, sink) -> { }, Clock.systemUTC(), Path.of("/usr/bin/tini-static"),
                new ContainerVolumes(restartedVolumes), (type, action, actor) -> { });
        restarted.recover();
        assertThrows(Conflict.class, () -> restartedVolumes.remove("data", false));
    }
}
