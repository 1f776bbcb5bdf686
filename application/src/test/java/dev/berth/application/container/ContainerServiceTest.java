package dev.berth.application.container;

import dev.berth.domain.runtime.LogQuery;
import dev.berth.domain.runtime.LogStream;
import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.ContainerStatus;
import dev.berth.domain.container.CreateRequest;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.container.Resources;
import dev.berth.domain.container.RestartPolicy;
import dev.berth.domain.container.MountPoint;
import dev.berth.domain.container.Signal;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.NotModified;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.container.DetachKeys;
import dev.berth.domain.container.TerminalSize;
import dev.berth.domain.runtime.ContainerLogs;
import dev.berth.domain.runtime.ExitStatus;
import dev.berth.domain.runtime.RuntimeState;
import dev.berth.domain.storage.SnapshotKey;
import dev.berth.application.volume.InMemoryVolumeStore;
import dev.berth.application.volume.VolumeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContainerServiceTest {

    private static final Digest LAYER = ContainerFixture.LAYER;

    private final ContainerFixture fixture = new ContainerFixture();
    private final FakeRuntime runtime = fixture.runtime;
    private final FakeSnapshotter snapshotter = fixture.snapshotter;
    private final InMemoryContainerStore store = fixture.store;
    private final List<String> events = fixture.events;
    private ContainerService service;

    @BeforeEach
    void start() {
        service = newService();
        service.recover();
    }

    private ContainerService newService() {
        return fixture.newService();
    }

    private ContainerService newService(ContainerLogs logs) {
        return fixture.newService(logs);
    }

    private static CreateRequest request(String name, boolean autoRemove, String... cmd) {
        return ContainerFixture.request(name, autoRemove, cmd);
    }

    private static CreateRequest terminal(String name, TerminalSize consoleSize) {
        var config = new ContainerConfig("busybox", null, null, null, null, null, List.of("sh"), null, Map.of(),
                Set.of(), true, true, true, true, true, true, null, null);
        return new CreateRequest(Optional.of(new ContainerName(name)), config,
                new HostConfig(false, null, null, null, null, false, false, List.of(), null, null, null,
                        consoleSize, null));
    }

    @Test
    void aTerminalStartsAtTheConsoleSizeAndAResizeReachesItAsAnEvent() {
        ContainerId id = service.create(terminal("term", new TerminalSize(30, 100)));
        assertThrows(Conflict.class, () -> service.resize("term", new TerminalSize(40, 120)));
        assertThrows(NotFound.class, () -> service.resize("nope", new TerminalSize(40, 120)));

        service.start("term");
        events.clear();
        service.resize("term", new TerminalSize(40, 120));

        assertEquals(new TerminalSize(30, 100), runtime.started.get(id).process().consoleSize());
        assertEquals(List.of(new TerminalSize(40, 120)), runtime.resizes.get(id));
        assertEquals(List.of("resize {height=40, image=busybox, name=term, width=120}"), events);
    }

    @Test
    void theDetachKeysEndATerminalSessionWhileTheContainerRuns() {
        // The log follows until the session is over, as the real one does.
        service = newService((file, query, stopped, sink) -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!stopped.getAsBoolean() && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
        });
        service.recover();
        ContainerId id = service.create(terminal("shell", TerminalSize.UNSET));
        service.start("shell");
        var typed = new java.io.ByteArrayInputStream("ls\nx\u0018y".getBytes(StandardCharsets.US_ASCII));

        service.attach(service.attachPoint("shell"),
                AttachStreams.withStdin(typed, true, true).withDetachKeys(DetachKeys.parse("ctrl-x,y")), entry -> true);

        assertEquals("ls\nx", runtime.stdin.get(id).toString(StandardCharsets.US_ASCII));
        assertTrue(service.find("shell").state().isRunning());
        assertTrue(events.contains("detach {image=busybox, name=shell}"), events.toString());
    }

    @Test
    void anAttachTakenBeforeAQuickRunSeesItsOutputAndItsExit() {
        // The log holds one entry from before the point and one after; the reader stops once told the run is over.
        Instant before = Instant.now().minusSeconds(60);
        List<LogQuery> queries = new ArrayList<>();
        service = newService((file, query, stopped, sink) -> {
            queries.add(query);
            for (var entry : List.of(new LogEntry(LogStream.STDOUT, before, "old\n".getBytes(StandardCharsets.UTF_8)),
                    new LogEntry(LogStream.STDOUT, Instant.now(), "new\n".getBytes(StandardCharsets.UTF_8)))) {
                if (query.wants(entry)) {
                    sink.accept(entry);
                }
            }
            assertTrue(stopped.getAsBoolean(), "the exit after the point ends the attach");
        });
        service.recover();
        ContainerId id = service.create(request("quick", false));
        AttachPoint point = service.attachPoint("quick");
        service.start("quick"); // the client starts it as soon as it hears the stream is up...
        runtime.exit(id, 6); // ...and it is over before the attach begins to read

        List<String> seen = new ArrayList<>();
        service.attach(point, AttachStreams.output(true, true),
                entry -> seen.add(new String(entry.content(), StandardCharsets.UTF_8)));

        assertEquals(List.of("new\n"), seen);
        assertEquals(point.since(), queries.getFirst().since());
        assertEquals(6, point.exit().join());
    }

    @Test
    void createMergesTheImageAndPreparesALayerOnItsTop() {
        ContainerId id = service.create(request("web", false));
        Container c = service.find("web");
        assertEquals(id, c.id());
        assertEquals("sh", c.path());
        assertEquals(List.of("A=1", "PATH=/bin"), c.config().env());
        assertEquals(id.shortId(), c.config().hostname());
        assertEquals(ContainerStatus.CREATED, c.state().status());
        assertEquals(Optional.of(new SnapshotKey(LAYER.hex())), snapshotter.snapshots.get(new SnapshotKey(id.value())));
        assertEquals(c, store.records.get(id));
    }

    @Test
    void aRunIsToldAsCreateStartDieDestroyWithTheContainersAttributes() throws Exception {
        var config = new ContainerConfig("busybox", null, null, null, null, null, List.of("true"), null,
                Map.of("team", "a"), Set.of(), false, false, false, false, true, true, null, null);
        ContainerId id = service.create(new CreateRequest(Optional.of(new ContainerName("job")), config,
                new HostConfig(false, null, null, null, null, false, false)));
        CompletableFuture<Integer> exit = service.waitFor("job", WaitCondition.NEXT_EXIT).toCompletableFuture();
        service.start("job");
        runtime.exit(id, 3);
        exit.get(1, TimeUnit.SECONDS);
        service.remove("job", false);
        assertEquals(List.of("create {image=busybox, name=job, team=a}", "start {image=busybox, name=job, team=a}",
                "die {exitCode=3, image=busybox, name=job, team=a}", "destroy {image=busybox, name=job, team=a}"),
                events);
    }

    @Test
    void aNameInUseIsAConflictAndLeavesNothingBehind() {
        service.create(request("web", false));
        var e = assertThrows(Conflict.class, () -> service.create(request("web", false)));
        assertTrue(e.getMessage().contains("is already in use"), e.getMessage());
        assertEquals(1, store.records.size());
        assertEquals(1, snapshotter.snapshots.size());
    }

    @Test
    void aMissingImageIsNotFound() {
        var bad = new CreateRequest(Optional.empty(), new ContainerConfig("nope", null, null, null, null, null, null,
                null, null, null, false, false, false, false, false, false, null, null),
                new HostConfig(false, null, null, null, null, false, false));
        assertEquals("No such image: nope", assertThrows(NotFound.class, () -> service.create(bad)).getMessage());
    }

    @Test
    void startRunsTheMergedProcessAndAnExitIsRecordedForWaiters() throws Exception {
        ContainerId id = service.create(request("job", false, "echo", "hi"));
        CompletableFuture<Integer> exit = service.waitFor("job", WaitCondition.NEXT_EXIT).toCompletableFuture();
        service.start("job");
        assertEquals(List.of("echo", "hi"), runtime.started.get(id).process().args());
        assertTrue(service.find("job").state().isRunning());
        assertThrows(NotModified.class, () -> service.start("job"));

        runtime.exit(id, 42);
        assertEquals(42, exit.get(1, TimeUnit.SECONDS));
        Container stopped = service.find(id.shortId());
        assertEquals(ContainerStatus.EXITED, stopped.state().status());
        assertEquals(42, stopped.state().exitCode());
        assertTrue(runtime.deleted.contains(id));
        assertEquals(42, service.waitFor("job", WaitCondition.NOT_RUNNING).toCompletableFuture().get());
    }

    @Test
    void initRunsTheCommandUnderTheMountedInit() {
        var plain = request("plain", false, "sleep", "1");
        var withInit = new CreateRequest(Optional.of(new ContainerName("init")), plain.config(),
                new HostConfig(false, null, null, null, null, false, true));
        ContainerId id = service.create(withInit);
        service.start("init");
        var spec = runtime.started.get(id);
        assertEquals(List.of("/sbin/docker-init", "--", "sleep", "1"), spec.process().args());
        assertEquals(List.of(new MountPoint(MountPoint.Type.BIND, "/usr/bin/tini-static", "/sbin/docker-init", true,
                List.of())), spec.mounts());
    }

    @Test
    void aFailedStartRecordsDockersExitCode() {
        service.create(request("bad", false, "/nope"));
        runtime.startFailure = "exec: \"/nope\": stat /nope: no such file or directory";
        assertThrows(InvalidParameter.class, () -> service.start("bad"));
        assertEquals(127, service.find("bad").state().exitCode());
        runtime.startFailure = "exec: \"/etc/passwd\": permission denied";
        assertThrows(InvalidParameter.class, () -> service.start("bad"));
        assertEquals(126, service.find("bad").state().exitCode());
    }

    @Test
    void aFailedStartEndsTheWaitsAndRemovesAnAutoRemoveContainer() throws Exception {
        ContainerId id = service.create(request("gone", true, "/nope"));
        var exit = service.waitFor("gone", WaitCondition.NEXT_EXIT).toCompletableFuture();
        var removed = service.waitFor("gone", WaitCondition.REMOVED).toCompletableFuture();
        runtime.startFailure = "exec: \"/nope\": stat /nope: no such file or directory";
        assertThrows(InvalidParameter.class, () -> service.start("gone"));
        assertEquals(127, exit.get(1, TimeUnit.SECONDS));
        assertEquals(127, removed.get(1, TimeUnit.SECONDS));
        assertFalse(store.records.containsKey(id));
    }

    @Test
    void autoRemoveRemovesTheContainerAndReleasesRemovalWaiters() throws Exception {
        ContainerId id = service.create(request("tmp", true));
        var removed = service.waitFor("tmp", WaitCondition.REMOVED).toCompletableFuture();
        service.start("tmp");
        runtime.exit(id, 3);
        assertEquals(3, removed.get(1, TimeUnit.SECONDS));
        assertThrows(NotFound.class, () -> service.find("tmp"));
        assertFalse(store.records.containsKey(id));
        assertFalse(snapshotter.snapshots.containsKey(new SnapshotKey(id.value())));
    }

    @Test
    void removingARunningContainerNeedsForce() {
        ContainerId id = service.create(request("svc", false));
        service.start("svc");
        var e = assertThrows(Conflict.class, () -> service.remove("svc", false));
        assertTrue(e.getMessage().contains("Stop the container before attempting removal or force remove"));
        assertTrue(service.find("svc").state().isRunning());
        service.remove("svc", true);
        assertEquals(List.of(9), runtime.signals);
        assertThrows(NotFound.class, () -> service.find(id.value()));
    }

    @Test
    void stopSendsTheStopSignalThenKillsAfterTheTimeout() {
        service.create(request("slow", false));
        service.start("slow");
        service.stop("slow", Optional.of(Duration.ZERO));
        assertEquals(List.of(15, 9), runtime.signals);
        assertEquals(137, service.find("slow").state().exitCode());
        assertThrows(NotModified.class, () -> service.stop("slow", Optional.empty()));
    }

    @Test
    void updateChangesTheLiveCgroupAndTheRecordAndTheRestartPolicy() {
        ContainerId id = service.create(new CreateRequest(Optional.of(new ContainerName("up")),
                request("up", false, "sleep").config(),
                new HostConfig(false, null, null, null, null, false, false).withResources(
                        new Resources(64L << 20, 0, 0, 0, 256, 0, 0, null, null, null, null))));
        assertEquals(128L << 20, service.find("up").hostConfig().resources().memorySwap(), "dockerd's default swap");
        service.start("up");
        service.update("up", new ContainerUpdate(new Resources(96L << 20, 0, 0, 0, 512, 0, 0, null, null, null,
                null), new RestartPolicy("on-failure", 3)));
        HostConfig updated = service.find("up").hostConfig();
        assertEquals(96L << 20, updated.resources().memory());
        assertEquals(512, updated.resources().cpuShares());
        assertEquals(new RestartPolicy("on-failure", 3), updated.restartPolicy());
        assertEquals(updated.resources(), runtime.updates.get(id));
        assertEquals(updated, store.records.get(id).hostConfig());
    }

    @Test
    void renameMovesTheNameAndRefusesATakenOne() {
        ContainerId id = service.create(request("old", false));
        service.create(request("other", false));
        service.rename("old", new ContainerName("new"));
        assertEquals(id, service.find("new").id());
        assertThrows(NotFound.class, () -> service.find("old"));
        assertEquals("new", store.records.get(id).name().value());
        assertThrows(Conflict.class, () -> service.rename("new", new ContainerName("other")));
        assertEquals(id, service.find("new").id());
        service.create(request("old", false)); // the old name is free again
    }

    @Test
    void restartStopsThenStartsAgain() {
        ContainerId id = service.create(request("rs", false));
        service.restart("rs", Optional.of(Duration.ZERO)); // not running: just a start
        assertTrue(service.find("rs").state().isRunning());
        service.restart("rs", Optional.of(Duration.ZERO));
        assertEquals(List.of(15, 9), runtime.signals);
        assertTrue(service.find(id.value()).state().isRunning());
    }

    @Test
    void pruneRemovesOnlyStoppedContainersTheFilterSelects() {
        var labelled = new ContainerConfig("busybox", null, null, null, null, null, List.of("true"), null,
                Map.of("prune", "yes"), null, false, false, false, false, true, true, null, null);
        var hostConfig = new HostConfig(false, null, null, null, null, false, false);
        ContainerId stopped = service.create(new CreateRequest(Optional.of(new ContainerName("p1")), labelled, hostConfig));
        service.create(new CreateRequest(Optional.of(new ContainerName("p2")), labelled, hostConfig));
        service.start("p2");
        service.create(request("unlabelled", false));
        snapshotter.usage.put(new SnapshotKey(stopped.value()), 4096L);
        var pruned = service.prune(new ContainerPruneFilter(List.of("prune=yes"), List.of(), null));
        assertEquals(List.of(stopped), pruned.deleted());
        assertEquals(4096, pruned.spaceReclaimed());
        assertTrue(service.find("p2").state().isRunning());
        assertEquals("unlabelled", service.find("unlabelled").name().value());
    }

    @Test
    void pauseFreezesOnceAndUnpauseThaws() {
        service.create(request("px", false));
        assertThrows(Conflict.class, () -> service.pause("px"));
        service.start("px");
        service.pause("px");
        assertEquals(ContainerStatus.PAUSED, service.find("px").state().status());
        assertTrue(service.find("px").state().isRunning());
        assertThrows(Conflict.class, () -> service.pause("px"));
        service.unpause("px");
        assertEquals(ContainerStatus.RUNNING, service.find("px").state().status());
        assertThrows(Conflict.class, () -> service.unpause("px"));
        assertEquals(List.of("pause", "resume"), runtime.freezer);
    }

    @Test
    void aPausedContainerIsThawedToActOnASignal() {
        service.create(request("frozen", false));
        service.start("frozen");
        service.pause("frozen");
        service.kill("frozen", Signal.parse("USR1"));
        assertEquals(List.of("pause", "resume"), runtime.freezer);
        assertEquals(ContainerStatus.RUNNING, service.find("frozen").state().status());
        service.pause("frozen");
        service.remove("frozen", true);
        assertEquals(List.of("pause", "resume", "pause", "resume"), runtime.freezer);
        assertThrows(NotFound.class, () -> service.find("frozen"));
    }

    @Test
    void killOfAStoppedContainerIsAConflict() {
        service.create(request("idle", false));
        assertThrows(Conflict.class, () -> service.kill("idle", Signal.KILL));
    }

    @Test
    void recoveryLearnsExitsThatHappenedWhileTheDaemonWasDown() {
        ContainerId id = service.create(request("survivor", false));
        service.start("survivor");
        runtime.states.put(id, new RuntimeState.Exited(new ExitStatus(7, Instant.now(), false)));

        ContainerService restarted = newService();
        restarted.recover();
        assertEquals(ContainerStatus.EXITED, restarted.find("survivor").state().status());
        assertEquals(7, restarted.find("survivor").state().exitCode());
    }

    @Test
    void psShowsRunningOnlyUnlessAskedAndFiltersByLabelAndName() {
        service.create(request("one", false));
        service.create(request("two", false));
        service.start("two");
        assertEquals(List.of("two"), names(new ContainerFilter(false, -1, Map.of())));
        assertEquals(Set.of("one", "two"), Set.copyOf(names(new ContainerFilter(true, -1, Map.of()))));
        assertEquals(List.of("one"), names(new ContainerFilter(true, -1, Map.of("name", List.of("^/on")))));
        assertEquals(List.of("one"), names(new ContainerFilter(false, -1, Map.of("status", List.of("created")))));
        assertThrows(InvalidParameter.class, () -> new ContainerFilter(true, -1, Map.of("bogus", List.of("x"))));
    }

    private List<String> names(ContainerFilter filter) {
        return service.list(filter).stream().map(c -> c.name().value()).toList();
    }
}
