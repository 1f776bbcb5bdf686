package dev.berth.application.container;

import dev.berth.application.logging.LogDriverLookup;
import dev.berth.application.network.ContainerNetworks;
import dev.berth.application.time.FakeScheduler;
import dev.berth.application.volume.InMemoryVolumeStore;
import dev.berth.application.volume.VolumeService;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.ContainerStatus;
import dev.berth.domain.container.CreateRequest;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.container.RestartPolicy;
import dev.berth.domain.container.Signal;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.runtime.ExitStatus;
import dev.berth.domain.runtime.RuntimeState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Restart policies applied at exits and at the daemon's start, time driven by a fake scheduler. */
class RestartPolicyServiceTest {

    private static final Image BUSYBOX = new Image(new ImageId(Digest.of("config".getBytes(StandardCharsets.UTF_8))),
            new ImageConfig("amd64", "linux", null, Instant.EPOCH, null, null, null,
                    new ContainerDefaults(null, List.of("PATH=/bin"), null, List.of("sh"), null, Map.of(), Set.of(),
                            Set.of(), null),
                    List.of(), List.of()),
            List.of(), 100);

    private final FakeRuntime runtime = new FakeRuntime();
    private final InMemoryContainerStore store = new InMemoryContainerStore();
    private final FakeScheduler scheduler = new FakeScheduler();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private ContainerService service;

    @BeforeEach
    void start() {
        runtime.fatalSignals.add(15);
        service = newService();
        service.recover();
    }

    private ContainerService newService() {
        return new ContainerService(store, name -> BUSYBOX, new FakeSnapshotter(), runtime,
                (file, query, stopped, sink) -> { }, Clock.systemUTC(), Path.of("/usr/bin/tini-static"),
                new ContainerVolumes(new VolumeService(List.of(), new InMemoryVolumeStore(), (t, a, actor) -> { })),
                (type, action, actor) -> events.add(action), ContainerNetworks.NONE, scheduler, new ExecUnavailable(),
                LogDriverLookup.none(), LogRotations.UNMANAGED);
    }

    private ContainerId run(String name, RestartPolicy policy) {
        var config = new ContainerConfig("busybox", null, null, null, null, null, List.of("true"), null, Map.of(),
                Set.of(), false, false, false, false, true, true, null, null);
        ContainerId id = service.create(new CreateRequest(Optional.of(new ContainerName(name)), config,
                new HostConfig(false, null, policy, null, null, false, false)));
        service.start(name);
        return id;
    }

    private Container inspect(String name) {
        return service.find(name);
    }

    @Test
    void onFailureRestartsWithADoublingDelayUpToItsMaximumThenStaysExited() {
        ContainerId id = run("job", new RestartPolicy("on-failure", 2));
        runtime.exit(id, 3);
        assertEquals(ContainerStatus.RESTARTING, inspect("job").state().status());
        assertEquals(1, inspect("job").restartCount());
        assertEquals(List.of(Duration.ofMillis(100)), scheduler.delays());

        scheduler.advance(Duration.ofMillis(99));
        assertEquals(ContainerStatus.RESTARTING, inspect("job").state().status());
        scheduler.advance(Duration.ofMillis(1));
        assertEquals(ContainerStatus.RUNNING, inspect("job").state().status());

        runtime.exit(id, 3);
        assertEquals(List.of(Duration.ofMillis(200)), scheduler.delays());
        scheduler.advance(Duration.ofMillis(200));
        runtime.exit(id, 3);

        Container done = inspect("job");
        assertEquals(ContainerStatus.EXITED, done.state().status());
        assertEquals(3, done.state().exitCode());
        assertEquals(2, done.restartCount());
        assertEquals(List.of(), scheduler.delays());
        assertEquals(List.of("create", "start", "die", "start", "die", "start", "die"), events);
    }

    @Test
    void onFailureLeavesASuccessfulExitAlone() {
        ContainerId id = run("ok", new RestartPolicy("on-failure", 0));
        runtime.exit(id, 0);
        assertEquals(ContainerStatus.EXITED, inspect("ok").state().status());
        assertEquals(List.of(), scheduler.delays());
    }

    @Test
    void aRunOfTenSecondsResetsTheBackoff() {
        ContainerId id = run("web", new RestartPolicy("always", 0));
        for (int i = 0; i < 3; i++) {
            runtime.exit(id, 0);
            scheduler.advance(scheduler.delays().getFirst());
        }
        runtime.exit(id, 0);
        assertEquals(List.of(Duration.ofMillis(800)), scheduler.delays());
        scheduler.advance(Duration.ofMillis(800));
        scheduler.advance(Duration.ofSeconds(10));
        runtime.exit(id, 0);
        assertEquals(List.of(Duration.ofMillis(100)), scheduler.delays());
    }

    @Test
    void aUserStopEndsThePolicyAndTheNextStartBeginsAfresh() {
        ContainerId id = run("web", new RestartPolicy("always", 0));
        runtime.exit(id, 1);
        scheduler.advance(Duration.ofMillis(100));
        assertEquals(1, inspect("web").restartCount());

        service.stop("web", Optional.of(Duration.ofSeconds(1)));
        Container stopped = inspect("web");
        assertEquals(ContainerStatus.EXITED, stopped.state().status());
        assertTrue(stopped.manuallyStopped());
        assertEquals(List.of(), scheduler.delays());

        service.start("web");
        assertEquals(0, inspect("web").restartCount());
        assertFalse(inspect("web").manuallyStopped());
        runtime.exit(id, 1);
        assertEquals(List.of(Duration.ofMillis(100)), scheduler.delays());
    }

    @Test
    void stoppingAContainerThatWaitsToRestartCallsTheRestartOffAndReleasesItsWaiters() throws Exception {
        ContainerId id = run("web", new RestartPolicy("unless-stopped", 0));
        runtime.exit(id, 2);
        CompletableFuture<Integer> waiter = service.waitFor("web", WaitCondition.NOT_RUNNING).toCompletableFuture();
        assertFalse(waiter.isDone());

        service.stop("web", Optional.empty());
        assertEquals(2, waiter.getNow(-1));
        scheduler.advance(Duration.ofMinutes(1));
        assertEquals(ContainerStatus.EXITED, inspect("web").state().status());
    }

    @Test
    void killWithAnotherSignalKeepsThePolicy() {
        ContainerId id = run("web", new RestartPolicy("always", 0));
        runtime.fatalSignals.add(10);
        service.kill("web", Signal.parse("USR1"));
        assertEquals(ContainerStatus.RESTARTING, inspect("web").state().status());
        service.kill("web", Signal.KILL);
        assertEquals(ContainerStatus.EXITED, inspect("web").state().status());
        assertEquals(List.of(), scheduler.delays());
        assertTrue(runtime.states.get(id) instanceof RuntimeState.Exited);
    }

    @Test
    void forceRemovingAContainerThatWaitsToRestartCancelsTheRestart() {
        ContainerId id = run("web", new RestartPolicy("always", 0));
        runtime.exit(id, 1);
        service.remove("web", true);
        assertEquals(List.of(), scheduler.delays());
        assertFalse(store.records.containsKey(id));
    }

    @Test
    void theDaemonsStartRunsAlwaysAndUnlessStoppedOnesAndOnFailureOnesThatDiedMeanwhile() {
        ContainerId always = run("always", new RestartPolicy("always", 0));
        ContainerId unless = run("unless", new RestartPolicy("unless-stopped", 0));
        ContainerId stoppedUnless = run("stopped-unless", new RestartPolicy("unless-stopped", 0));
        ContainerId failing = run("failing", new RestartPolicy("on-failure", 0));
        ContainerId none = run("none", RestartPolicy.NO);
        service.stop("always", Optional.empty());
        service.stop("stopped-unless", Optional.empty());
        runtime.started.clear();

        // while the daemon is down: "unless" was left exited by an earlier crash record, "failing" dies
        store.records.computeIfPresent(unless, (k, c) -> c.withState(c.state().exited(0, false, Instant.now())));
        runtime.states.put(failing, new RuntimeState.Exited(new ExitStatus(1, Instant.now(), false)));
        runtime.states.put(none, new RuntimeState.Exited(new ExitStatus(1, Instant.now(), false)));

        ContainerService restarted = newService();
        restarted.recover();
        scheduler.advance(Duration.ofMillis(100));

        assertEquals(Set.of(always, unless, failing), runtime.started.keySet());
        assertEquals(ContainerStatus.EXITED, restarted.find("stopped-unless").state().status());
        assertEquals(ContainerStatus.EXITED, restarted.find("none").state().status());
        assertEquals(ContainerStatus.RUNNING, restarted.find("failing").state().status());
        assertEquals(1, restarted.find("failing").restartCount());
    }
}
