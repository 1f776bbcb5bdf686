package dev.berth.application.exec;

import dev.berth.application.container.ContainerFilter;
import dev.berth.application.container.ContainerInspection;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.event.Actor;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.runtime.ExecSpec;
import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.runtime.LogStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecServiceTest {

    private record Published(String action, Actor actor) {
    }

    private final Map<String, Container> containers = new HashMap<>();
    private final FakeExecRuntime runtime = new FakeExecRuntime();
    private final List<Published> events = new ArrayList<>();
    private final ExecService execs = new ExecService(new Containers(), runtime,
            (type, action, actor) -> events.add(new Published(action, actor)), Clock.systemUTC());

    @Test
    void aCommandIsRequired() {
        Container web = running("web");

        InvalidParameter error = assertThrows(InvalidParameter.class, () -> execs.create("web", config(List.of())));

        assertEquals("No exec command specified", error.getMessage());
        assertEquals(List.of(), execs.of(web.id()));
    }

    @Test
    void aStoppedContainerIsAConflict() {
        Container stopped = add("old", ContainerState.created().running(1, Instant.EPOCH).exited(0, false, Instant.EPOCH));

        Conflict error = assertThrows(Conflict.class, () -> execs.create("old", config(List.of("true"))));

        assertEquals("container " + stopped.id() + " is not running", error.getMessage());
    }

    @Test
    void aPausedContainerIsAConflict() {
        Container paused = add("frozen", ContainerState.created().running(1, Instant.EPOCH).paused(true));

        Conflict error = assertThrows(Conflict.class, () -> execs.create("frozen", config(List.of("true"))));

        assertEquals("container " + paused.id() + " is paused, unpause the container before exec",
                error.getMessage());
    }

    @Test
    void aRestartingContainerIsAConflict() {
        Container restarting = add("again", ContainerState.created().running(1, Instant.EPOCH)
                .restarting(1, false, Instant.EPOCH));

        Conflict error = assertThrows(Conflict.class, () -> execs.create("again", config(List.of("true"))));

        assertEquals("container " + restarting.id() + " is restarting, wait until the container is running",
                error.getMessage());
    }

    @Test
    void anUnknownExecIsNotFound() {
        NotFound error = assertThrows(NotFound.class, () -> execs.inspect("nope"));

        assertEquals("No such exec instance: nope", error.getMessage());
        assertThrows(NotFound.class, () -> execs.startable("nope"));
    }

    @Test
    void theProcessGetsTheContainersEnvironmentUserAndWorkingDirUnlessTheExecSetsThem() {
        running("web");
        ExecInstance plain = execs.create("web", config(List.of("env")));
        ExecInstance own = execs.create("web", new ExecConfig(true, true, false, true,
                List.of("RUN_ENV=exec", "E=1", "GONE"), "nobody:nobody", "/tmp", true, List.of("sh"), "", 0, 0));

        execs.start(plain.id().value(), Optional.empty(), entry -> true);
        execs.start(own.id().value(), Optional.empty(), entry -> true);

        ExecSpec inherited = runtime.specs.get(0);
        assertEquals(List.of("env"), inherited.process().args());
        assertEquals(List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOSTNAME=web-host",
                "RUN_ENV=r", "GONE=container"), inherited.process().env());
        assertEquals("app", inherited.process().user());
        assertEquals("/var", inherited.process().cwd());
        assertFalse(inherited.privileged());
        ExecSpec set = runtime.specs.get(1);
        assertEquals(List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOSTNAME=web-host",
                "TERM=xterm", "RUN_ENV=exec", "E=1"), set.process().env());
        assertEquals("nobody:nobody", set.process().user());
        assertEquals("/tmp", set.process().cwd());
        assertTrue(set.process().terminal());
        assertTrue(set.process().stdin());
        assertTrue(set.privileged());
        assertTrue(set.stdout());
        assertFalse(set.stderr());
    }

    @Test
    void startStreamsTheOutputRecordsTheExitAndAnnouncesIt() {
        Container web = running("web");
        runtime.stdout = "out\n";
        runtime.stderr = "err\n";
        runtime.exitCode = 7;
        ExecInstance exec = execs.create("web", config(List.of("sh", "-c", "exit 7")));
        assertEquals(List.of(exec), execs.of(web.id()));
        List<String> output = new ArrayList<>();

        int code = execs.start(exec.id().value(), Optional.empty(), entry -> output.add(text(entry)));

        assertEquals(7, code);
        assertEquals(List.of("STDERR err\n", "STDOUT out\n"), output.stream().sorted().toList());
        ExecInstance ended = execs.inspect(exec.id().value());
        assertEquals(ExecInstance.Status.EXITED, ended.status());
        assertEquals(7, ended.exitCode());
        assertEquals(List.of(), execs.of(web.id()), "ended execs leave the container's ExecIDs");
        assertEquals(List.of("exec_create: sh -c exit 7", "exec_start: sh -c exit 7", "exec_die"),
                events.stream().map(Published::action).toList());
        assertEquals(Map.of("execID", exec.id().value(), "exitCode", "7"),
                withoutContainerAttributes(events.get(2).actor().attributes()));
        assertEquals(web.id().value(), events.get(2).actor().id());
    }

    @Test
    void theClientsInputReachesTheProcessWhenTheExecAttachesStdin() {
        running("web");
        ExecInstance exec = execs.create("web", new ExecConfig(true, true, true, false, List.of(), "", "", false,
                List.of("cat"), "", 0, 0));

        execs.start(exec.id().value(), Optional.of(new ByteArrayInputStream("abc\n".getBytes(StandardCharsets.UTF_8))),
                entry -> true);

        assertEquals("abc\n", runtime.stdinReceived.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anExecStartsOnce() {
        running("web");
        ExecInstance exec = execs.create("web", config(List.of("true")));
        execs.start(exec.id().value(), Optional.empty(), entry -> true);

        Conflict error = assertThrows(Conflict.class, () -> execs.startable(exec.id().value()));

        assertEquals("Error: Exec command " + exec.id() + " has already run", error.getMessage());
        assertThrows(Conflict.class, () -> execs.start(exec.id().value(), Optional.empty(), entry -> true));
    }

    @Test
    void aStartFailureRecordsDockerdsExitCodes() {
        running("web");
        ExecInstance missing = execs.create("web", config(List.of("nosuch")));
        ExecInstance notExecutable = execs.create("web", config(List.of("/etc/passwd")));

        runtime.startFailure = "OCI runtime exec failed: exec failed: unable to start container process: exec: "
                + "\"nosuch\": executable file not found in $PATH: unknown";
        assertThrows(InvalidParameter.class, () -> execs.start(missing.id().value(), Optional.empty(), e -> true));
        runtime.startFailure = "OCI runtime exec failed: exec failed: unable to start container process: exec: "
                + "\"/etc/passwd\": permission denied: unknown";
        assertThrows(InvalidParameter.class, () -> execs.startDetached(notExecutable.id().value()));

        assertEquals(127, execs.inspect(missing.id().value()).exitCode());
        assertEquals(126, execs.inspect(notExecutable.id().value()).exitCode());
    }

    @Test
    void aDetachedExecDiscardsItsOutputAndIsRecordedWhenItEnds() throws InterruptedException {
        running("web");
        runtime.endAtOnce = false;
        runtime.exitCode = 3;
        ExecInstance exec = execs.create("web", config(List.of("sleep", "1")));

        execs.startDetached(exec.id().value());
        assertTrue(execs.inspect(exec.id().value()).running());
        assertEquals(77, execs.inspect(exec.id().value()).pid());
        runtime.release();

        Instant deadline = Instant.now().plusSeconds(30);
        while (execs.inspect(exec.id().value()).running() && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        assertEquals(3, execs.inspect(exec.id().value()).exitCode());
    }

    @Test
    void aResizeBeforeTheStartIsTheSizeItStartsWith() {
        running("web");
        ExecInstance exec = execs.create("web", config(List.of("sh")));

        execs.resize(exec.id().value(), 30, 100);

        assertEquals(30, execs.inspect(exec.id().value()).config().consoleHeight());
        assertEquals(100, execs.inspect(exec.id().value()).config().consoleWidth());
    }

    @Test
    void execsAreForgottenOnceTheirContainerIsGone() {
        running("web");
        ExecInstance exec = execs.create("web", config(List.of("true")));
        containers.remove("web");
        running("other");

        execs.create("other", config(List.of("true")));

        assertThrows(NotFound.class, () -> execs.inspect(exec.id().value()));
    }

    @Test
    void aProbeRunsAsTheContainersUserAndReturnsTheRuntimesResult() {
        running("web");
        runtime.stdout = "healthy\n";

        var result = execs.run("web", List.of("check"), Duration.ofSeconds(5));

        assertEquals("healthy\n", new String(result.output(), StandardCharsets.UTF_8));
        assertEquals("app", runtime.specs.getFirst().process().user());
        assertEquals(List.of(), events, "a probe is no exec instance");
    }

    private static Map<String, String> withoutContainerAttributes(Map<String, String> attributes) {
        Map<String, String> own = new HashMap<>(attributes);
        own.keySet().removeAll(Set.of("image", "name"));
        return own;
    }

    private static String text(LogEntry entry) {
        return (entry.stream() == LogStream.STDOUT ? "STDOUT " : "STDERR ")
                + new String(entry.content(), StandardCharsets.UTF_8);
    }

    private static ExecConfig config(List<String> cmd) {
        return new ExecConfig(false, true, true, false, List.of(), "", "", false, cmd, "", 0, 0);
    }

    private Container running(String name) {
        return add(name, ContainerState.created().running(42, Instant.EPOCH));
    }

    private Container add(String name, ContainerState state) {
        ContainerConfig config = new ContainerConfig("busybox", name + "-host", "", "app",
                List.of("RUN_ENV=r", "GONE=container"), null, List.of("sleep", "300"), "/var", Map.of(), Set.of(),
                false, false, false, false, false, false, null, null);
        Container container = new Container(ContainerId.random(), new ContainerName(name), Instant.EPOCH,
                ImageId.parse("sha256:" + "b".repeat(64)), config,
                new HostConfig(false, "default", null, List.of(), List.of(), false, false), state, "sleep",
                List.of("300"), 0, false);
        containers.put(name, container);
        return container;
    }

    private final class Containers implements ContainerInspection {

        @Override
        public Container find(String ref) {
            return containers.values().stream()
                    .filter(c -> c.name().value().equals(ref) || c.id().value().equals(ref))
                    .findFirst().orElseThrow(() -> new NotFound("No such container: " + ref));
        }

        @Override
        public List<Container> all() {
            return List.copyOf(containers.values());
        }

        @Override
        public List<Container> list(ContainerFilter filter) {
            return all();
        }
    }
}
