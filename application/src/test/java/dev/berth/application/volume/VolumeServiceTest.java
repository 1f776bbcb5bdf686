package dev.berth.application.volume;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeDriver;
import dev.berth.domain.volume.VolumeMount;
import dev.berth.domain.volume.VolumeName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VolumeServiceTest {

    private static final ContainerId C1 = new ContainerId("1".repeat(64));
    private static final ContainerId C2 = new ContainerId("2".repeat(64));

    private final InMemoryVolumeStore store = new InMemoryVolumeStore();
    private final FakeVolumeDriver driver = new FakeVolumeDriver();
    private final List<String> events = new java.util.ArrayList<>();
    private final VolumeService service = new VolumeService(List.of(driver), store,
            (type, action, actor) -> events.add(action + " " + actor.id()));

    private Volume create(String name, Map<String, String> labels) {
        return service.create(new VolumeCreateRequest(Optional.of(name), null, Map.of(), labels));
    }

    private List<String> names(VolumeFilter filter) {
        return service.list(filter).stream().map(v -> v.name().value()).toList();
    }

    @Test
    void aVolumeAContainerReferencesCannotBeRemovedAndSaysByWhom() {
        create("data", Map.of());
        service.acquire(VolumeMount.named("data", false), C1);
        var conflict = assertThrows(Conflict.class, () -> service.remove("data", false));
        assertEquals("remove data: volume is in use - [" + C1.value() + "]", conflict.getMessage());
        assertThrows(Conflict.class, () -> service.remove("data", true));

        service.release(new VolumeName("data"), C1, true);
        assertEquals("data", service.inspect("data").name().value()); // named: kept by rm -v
        service.remove("data", false);
        var missing = assertThrows(NotFound.class, () -> service.inspect("data"));
        assertEquals("get data: no such volume", missing.getMessage());
        assertEquals(List.of("create data", "destroy data"), events);
        assertThrows(NotFound.class, () -> service.remove("data", false));
        service.remove("data", true); // forced: an unknown name is fine
    }

    @Test
    void anAnonymousVolumeIsLabelledAndGoesWithItsLastUserOnlyWhenAsked() {
        Volume anonymous = service.acquire(new VolumeMount("", null, null, null, false), C1);
        assertTrue(anonymous.name().value().matches("[0-9a-f]{64}"));
        assertEquals(Map.of(Volume.ANONYMOUS_LABEL, ""), service.inspect(anonymous.name().value()).labels());
        service.acquire(VolumeMount.named(anonymous.name().value(), false), C2); // --volumes-from

        service.release(anonymous.name(), C1, true);
        assertEquals(anonymous.name(), service.inspect(anonymous.name().value()).name());
        service.release(anonymous.name(), C2, false);
        assertEquals(anonymous.name(), service.inspect(anonymous.name().value()).name());

        service.acquire(VolumeMount.named(anonymous.name().value(), false), C1);
        service.release(anonymous.name(), C1, true);
        assertThrows(NotFound.class, () -> service.inspect(anonymous.name().value()));
    }

    @Test
    void pruneTakesOnlyUnusedVolumesAndOnlyAnonymousOnesUnderTheNewRule() {
        create("named-unused", Map.of("team", "a"));
        create("named-used", Map.of("team", "a"));
        service.acquire(VolumeMount.named("named-used", false), C1);
        Volume anonymous = service.acquire(new VolumeMount("", null, null, Map.of("team", "a"), false), C2);
        service.release(anonymous.name(), C2, false);

        var anonymousOnly = service.prune(new VolumePruneFilter(List.of("team=a"), List.of(), true));
        assertEquals(List.of(anonymous.name().value()), anonymousOnly.deleted());

        var excluded = service.prune(new VolumePruneFilter(List.of(), List.of("team=a"), false));
        assertEquals(List.of(), excluded.deleted());
        var all = service.prune(new VolumePruneFilter(List.of("team"), List.of(), false));
        assertEquals(List.of("named-unused"), all.deleted());
        assertEquals(List.of("named-used"), names(VolumeFilter.NONE));
    }

    @Test
    void listFiltersByNameLabelDriverAndDangling() {
        create("web-data", Map.of("app", "web"));
        create("db-data", Map.of("app", "db"));
        service.acquire(VolumeMount.named("db-data", false), C1);
        assertEquals(List.of("web-data"), names(new VolumeFilter(List.of("web"), List.of(), List.of(), null)));
        assertEquals(List.of("db-data"), names(new VolumeFilter(List.of(), List.of("app=db"), List.of(), null)));
        assertEquals(List.of("db-data", "web-data"),
                names(new VolumeFilter(List.of(), List.of("app"), List.of("local"), null)));
        assertEquals(List.of(), names(new VolumeFilter(List.of(), List.of(), List.of("nfs"), null)));
        assertEquals(List.of("web-data"), names(new VolumeFilter(List.of(), List.of(), List.of(), true)));
        assertEquals(List.of("db-data"), names(new VolumeFilter(List.of(), List.of(), List.of(), false)));
    }

    @Test
    void labelsAreKeptInTheStoreForTheNextInstance() {
        create("kept", Map.of("k", "v"));
        var next = new VolumeService(List.of(driver), store, (type, action, actor) -> { }); // a restart finds the same driver state
        assertEquals(Map.of("k", "v"), next.inspect("kept").labels());
    }

    @Test
    void anUnknownDriverIs404() {
        var e = assertThrows(NotFound.class,
                () -> service.create(new VolumeCreateRequest(Optional.of("x1"), "nfs", Map.of(), Map.of())));
        assertEquals("error looking up volume plugin nfs: plugin \"nfs\" not found", e.getMessage());
    }

    @Test
    void concurrentReferencesAndReleasesLeaveTheVolumeFreeOnlyAtTheEnd() throws Exception {
        create("busy", Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                ContainerId user = new ContainerId(String.format("%064x", i));
                done.add(pool.submit(() -> {
                    service.acquire(VolumeMount.named("busy", false), user);
                    assertThrows(Conflict.class, () -> service.remove("busy", false));
                    service.release(new VolumeName("busy"), user, true);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        service.remove("busy", false);
        assertEquals(List.of(), names(VolumeFilter.NONE));
    }

    @Test
    void aPluginIsLookedUpByNameAndMountsItsOwnVolumes() {
        var plugin = new FakeVolumeDriver("sample");
        List<String> lookedUp = new ArrayList<>();
        VolumeDriverLookup plugins = new VolumeDriverLookup() {
            @Override
            public Optional<VolumeDriver> find(String name) {
                lookedUp.add(name);
                return name.equals("sample") ? Optional.of(plugin) : Optional.empty();
            }

            @Override
            public List<VolumeDriver> active() {
                return lookedUp.contains("sample") ? List.of(plugin) : List.of();
            }
        };
        var withPlugins = new VolumeService(List.of(driver), plugins, store, (type, action, actor) -> { });

        withPlugins.create(new VolumeCreateRequest(Optional.of("shared"), "sample", Map.of(), Map.of()));
        Volume acquired = withPlugins.acquire(VolumeMount.named("shared", false), C1); // -v shared:/x, no driver

        assertEquals("sample", acquired.driver());
        assertEquals(List.of("shared"), withPlugins.list(VolumeFilter.NONE).stream().map(v -> v.name().value()).toList());
        assertTrue(driver.list().isEmpty(), "the local driver was not asked");
        assertThrows(NotFound.class, () -> withPlugins.create(
                new VolumeCreateRequest(Optional.of("other"), "absent", Map.of(), Map.of())));
    }
}
