package dev.berth.application.container;

import dev.berth.application.logging.LogDriverLookup;
import dev.berth.application.network.ContainerNetworks;
import dev.berth.application.time.FakeScheduler;
import dev.berth.application.volume.InMemoryVolumeStore;
import dev.berth.application.volume.VolumeService;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerHealth;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.CreateRequest;
import dev.berth.domain.container.HealthStatus;
import dev.berth.domain.container.Healthcheck;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.runtime.ExecProcess;
import dev.berth.domain.runtime.ExecResult;
import dev.berth.domain.runtime.ExecRuntime;
import dev.berth.domain.runtime.ExecSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health monitors driven by a fake scheduler and scripted probe outcomes. */
class HealthMonitorServiceTest {

    private static final Image BUSYBOX = new Image(new ImageId(Digest.of("config".getBytes(StandardCharsets.UTF_8))),
            new ImageConfig("amd64", "linux", null, Instant.EPOCH, null, null, null,
                    new ContainerDefaults(null, List.of("PATH=/bin"), null, List.of("sh"), null, Map.of(), Set.of(),
                            Set.of(), null),
                    List.of(), List.of()),
            List.of(), 100);

    private final FakeRuntime runtime = new FakeRuntime();
    private final FakeScheduler scheduler = new FakeScheduler();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Deque<ExecResult> outcomes = new ArrayDeque<>();
    private final List<List<String>> probed = new ArrayList<>();
    private final List<Duration> timeouts = new ArrayList<>();
    private ContainerService service;

    @BeforeEach
    void start() {
        ExecRuntime probe = new ExecRuntime() {
            @Override
            public ExecProcess exec(ContainerId id, ExecSpec spec) {
                throw new UnsupportedOperationException("probes run to their end");
            }

            @Override
            public ExecResult run(ContainerId id, ExecSpec spec, Duration timeout) {
                probed.add(spec.process().args());
                timeouts.add(timeout);
                ExecResult next = outcomes.poll();
                if (next == null) {
                    throw new InvalidParameter("OCI runtime exec failed: no outcome scripted");
                }
                return next;
            }
        };
        service = new ContainerService(new InMemoryContainerStore(), name -> BUSYBOX, new FakeSnapshotter(), runtime,
                (file, query, stopped, sink) -> { }, Clock.systemUTC(), Path.of("/usr/bin/tini-static"),
                new ContainerVolumes(new VolumeService(List.of(), new InMemoryVolumeStore(), (t, a, actor) -> { })),
                (type, action, actor) -> events.add(action), ContainerNetworks.NONE, scheduler, probe,
                LogDriverLookup.none(), LogRotations.UNMANAGED);
        service.recover();
    }

    private ContainerId run(Healthcheck check) {
        var config = new ContainerConfig("busybox", null, null, null, null, null, List.of("sleep", "300"), null,
                Map.of(), Set.of(), false, false, false, false, true, true, null, null, check);
        ContainerId id = service.create(new CreateRequest(Optional.of(new ContainerName("web")), config,
                new HostConfig(false, null, null, null, null, false, false)));
        service.start("web");
        return id;
    }

    private static ExecResult exit(int code, String output) {
        return new ExecResult(code, false, output.getBytes(StandardCharsets.UTF_8));
    }

    private ContainerHealth health() {
        return service.find("web").state().health();
    }

    @Test
    void theFirstProbeComesAnIntervalAfterTheStartAndAPassMakesItHealthy() {
        run(new Healthcheck(List.of("CMD-SHELL", "test -f /tmp/ready"), Duration.ofSeconds(1), Duration.ofSeconds(2),
                null, 3));
        assertEquals(HealthStatus.STARTING, health().status());
        outcomes.add(exit(0, ""));
        scheduler.advance(Duration.ofMillis(999));
        assertEquals(List.of(), probed);
        scheduler.advance(Duration.ofMillis(1));
        assertEquals(List.of(List.of("/bin/sh", "-c", "test -f /tmp/ready")), probed);
        assertEquals(List.of(Duration.ofSeconds(2)), timeouts);
        assertEquals(HealthStatus.HEALTHY, health().status());
        assertTrue(events.contains("health_status: healthy"));
    }

    @Test
    void retriesFailuresMakeItUnhealthyWithTheProbesInTheLog() {
        run(new Healthcheck(List.of("CMD", "false"), Duration.ofSeconds(1), null, null, 2));
        outcomes.add(exit(1, "probe-failing\n"));
        outcomes.add(exit(1, "probe-failing\n"));
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(HealthStatus.STARTING, health().status());
        scheduler.advance(Duration.ofSeconds(1));
        ContainerHealth h = health();
        assertEquals(HealthStatus.UNHEALTHY, h.status());
        assertEquals(2, h.failingStreak());
        assertEquals(1, h.log().getLast().exitCode());
        assertEquals("probe-failing\n", h.log().getLast().output());
        assertEquals(List.of(Duration.ofSeconds(30)), timeouts.subList(0, 1));
        assertEquals(List.of("create", "start", "health_status: unhealthy"), events);
    }

    @Test
    void aTimedOutProbeFailsWithDockerdsMessageAndLongOutputIsCut() {
        run(new Healthcheck(List.of("CMD", "slow"), Duration.ofSeconds(1), Duration.ofSeconds(2), null, 1));
        outcomes.add(new ExecResult(-1, true, "half".getBytes(StandardCharsets.UTF_8)));
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(-1, health().log().getLast().exitCode());
        assertEquals("Health check exceeded timeout (2s): half", health().log().getLast().output());
        outcomes.add(exit(0, "x".repeat(5000)));
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals("x".repeat(4096) + "...", health().log().getLast().output());
    }

    @Test
    void aProbeThatCannotRunFailsWithTheReason() {
        run(new Healthcheck(List.of("CMD", "missing"), Duration.ofSeconds(1), null, null, 1));
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(HealthStatus.UNHEALTHY, health().status());
        assertEquals("OCI runtime exec failed: no outcome scripted", health().log().getLast().output());
    }

    @Test
    void theStartPeriodForgivesFailuresUntilItEnds() {
        run(new Healthcheck(List.of("CMD", "false"), Duration.ofSeconds(1), null, Duration.ofSeconds(3), 1));
        for (int i = 0; i < 3; i++) {
            outcomes.add(exit(1, ""));
        }
        scheduler.advance(Duration.ofSeconds(2));
        assertEquals(HealthStatus.STARTING, health().status());
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(HealthStatus.UNHEALTHY, health().status());
    }

    @Test
    void theMonitorStopsWithTheContainerAndStartsAgainWithIt() {
        ContainerId id = run(new Healthcheck(List.of("CMD", "true"), Duration.ofSeconds(1), null, null, 1));
        outcomes.add(exit(0, ""));
        scheduler.advance(Duration.ofSeconds(1));
        runtime.exit(id, 0);
        scheduler.advance(Duration.ofSeconds(5));
        assertEquals(1, probed.size());
        assertEquals(List.of(), scheduler.delays());

        service.start("web");
        assertEquals(HealthStatus.STARTING, health().status());
        assertEquals(1, health().log().size());
        outcomes.add(exit(0, ""));
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(2, probed.size());
    }

    @Test
    void noCheckMeansNoHealthAndNoProbes() {
        run(new Healthcheck(List.of("NONE"), null, null, null, 0));
        assertEquals(HealthStatus.NONE, health().status());
        assertEquals(List.of(), scheduler.delays());
    }
}
