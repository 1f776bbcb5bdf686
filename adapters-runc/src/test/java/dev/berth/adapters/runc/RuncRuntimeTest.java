package dev.berth.adapters.runc;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.Resources;
import dev.berth.domain.container.SecurityOptions;
import dev.berth.domain.container.TerminalSize;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.runtime.ExecProcess;
import dev.berth.domain.runtime.ExecResult;
import dev.berth.domain.runtime.ExecSpec;
import dev.berth.domain.runtime.ExitStatus;
import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.runtime.LogQuery;
import dev.berth.domain.runtime.ProcessSpec;
import dev.berth.domain.runtime.RuntimeSpec;
import dev.berth.domain.runtime.RuntimeState;
import dev.berth.domain.storage.Mount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs real containers with runc and conmon (needs root): a busybox rootfs bind-mounted from a temp dir. */
class RuncRuntimeTest {

    private record Exit(ContainerId id, ExitStatus status) {
    }

    @TempDir
    Path temp;

    private Path image;
    private RuncRuntime runtime;
    private final List<ContainerId> started = new ArrayList<>();
    private final BlockingQueue<Exit> exits = new LinkedBlockingQueue<>();

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(isRoot() && Files.isExecutable(Path.of("/usr/sbin/runc"))
                && Files.isExecutable(Path.of("/usr/bin/conmon")), "needs root, runc and conmon");
        image = Files.createDirectories(temp.resolve("image"));
        Path bin = Files.createDirectories(image.resolve("bin"));
        Files.copy(Path.of("/bin/busybox"), bin.resolve("busybox"));
        for (String applet : List.of("sh", "echo", "sleep", "cat", "id", "pwd", "md5sum", "stty")) {
            Files.createSymbolicLink(bin.resolve(applet), Path.of("busybox"));
        }
        Files.writeString(bin.resolve("not-executable"), "#!/bin/sh\n");
        Files.createDirectories(image.resolve("etc"));
        Files.writeString(image.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n"
                + "app:x:1000:1000:app:/home/app:/bin/sh\n");
        Files.writeString(image.resolve("etc/group"), "root:x:0:\napp:x:1000:\nextra:x:2000:app\n");
        runtime = new RuncRuntime(RuncConfig.defaults(temp.resolve("exec")));
        runtime.onExit((id, status) -> exits.add(new Exit(id, status)));
    }

    @AfterEach
    void tearDown() {
        if (runtime != null) {
            started.forEach(runtime::delete);
            runtime.close();
        }
    }

    @Test
    void reportsExitCodeAndLogsBothStreams() throws InterruptedException {
        RuntimeSpec spec = spec("echo out; echo err >&2; exit 3");

        int pid = runtime.start(spec);

        assertTrue(pid > 0);
        Exit exit = awaitExit(spec.id());
        assertEquals(3, exit.status().code());
        assertEquals(new RuntimeState.Exited(exit.status()), runtime.state(spec.id()));
        List<LogEntry> entries = new ArrayList<>();
        new CriLogReader().read(spec.logFile(), new LogQuery(true, true, null, null, LogQuery.ALL, false),
                () -> true, entries::add);
        assertEquals(List.of("STDERR err\n", "STDOUT out\n"), entries.stream()
                .map(e -> e.stream() + " " + new String(e.content(), StandardCharsets.UTF_8)).sorted().toList());
    }

    @Test
    void execRunsInTheContainerAsTheResolvedUserWithItsEnvironmentAndWorkingDir() throws Exception {
        RuntimeSpec container = spec("sleep 100");
        runtime.start(container);
        Files.createDirectories(image.resolve("work"));

        ExecResult result = runtime.run(container.id(), new ExecSpec(new ProcessSpec(
                List.of("sh", "-c", "id -u; id -G; pwd; echo $E $HOME; echo err >&2; exit 3"),
                List.of("PATH=/bin", "E=exec-env"), "/work", "app", false), false, true, true), Duration.ofSeconds(30));

        assertEquals(3, result.exitCode());
        assertFalse(result.timedOut());
        String output = new String(result.output(), StandardCharsets.UTF_8);
        // stdout and stderr are two pipes: their relative order is not kept.
        assertEquals(List.of("/work", "1000", "1000 2000", "err", "exec-env /home/app"),
                output.lines().sorted().toList());
    }

    @Test
    void execStdinReachesTheProcessAndItsEndIsTheProcesssEndOfInput() throws Exception {
        RuntimeSpec container = spec("sleep 100");
        runtime.start(container);
        byte[] data = new byte[300_000];
        new java.util.Random(7).nextBytes(data);

        ExecProcess process = runtime.exec(container.id(), new ExecSpec(new ProcessSpec(List.of("md5sum"),
                List.of("PATH=/bin"), "/", "", false, true), false, true, false));
        Thread.ofVirtual().start(() -> {
            try (var stdin = process.stdin()) {
                stdin.write(data);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String sum = new String(process.stdout().readAllBytes(), StandardCharsets.US_ASCII);

        assertEquals(0, process.waitFor());
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("MD5").digest(data));
        assertEquals(expected, sum.split(" ")[0]);
        assertEquals(0, process.stderr().readAllBytes().length, "stderr not asked for: empty");
    }

    @Test
    void execOfAMissingExecutableIsAnInvalidParameterAsDockerdWordsIt() {
        RuntimeSpec container = spec("sleep 100");
        runtime.start(container);

        InvalidParameter error = assertThrows(InvalidParameter.class, () -> runtime.exec(container.id(),
                ExecSpec.command(List.of("no-such-binary"), List.of("PATH=/bin"), "/", "")));

        assertTrue(error.getMessage().startsWith("OCI runtime exec failed: exec failed: "), error.getMessage());
        assertTrue(error.getMessage().contains("executable file not found"), error.getMessage());
        assertEquals(List.of(), listing(bundle(container.id()).resolve("exec")), "exec files removed");
    }

    @Test
    void execPastItsTimeoutIsKilled() throws InterruptedException {
        RuntimeSpec container = spec("sleep 100");
        runtime.start(container);

        ExecResult result = runtime.run(container.id(),
                ExecSpec.command(List.of("sleep", "100"), List.of("PATH=/bin"), "/", ""),
                Duration.ofMillis(500));

        assertTrue(result.timedOut());
        assertEquals(-1, result.exitCode());
        assertInstanceOf(RuntimeState.Running.class, runtime.state(container.id()), "the container goes on");
    }

    @Test
    void execInAStoppedContainerIsAConflict() throws InterruptedException {
        RuntimeSpec container = spec("true");
        runtime.start(container);
        awaitExit(container.id());

        assertThrows(Conflict.class, () -> runtime.exec(container.id(),
                ExecSpec.command(List.of("true"), List.of(), "/", "")));
    }

    private static List<Path> listing(Path dir) {
        try (var files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void killedBySignalExitsWith128PlusSignal() throws InterruptedException {
        RuntimeSpec spec = spec("sleep 100");
        int pid = runtime.start(spec);
        assertEquals(new RuntimeState.Running(pid), runtime.state(spec.id()));

        runtime.signal(spec.id(), 9);

        assertEquals(137, awaitExit(spec.id()).status().code());
        assertThrows(Conflict.class, () -> runtime.signal(spec.id(), 15));
    }

    @Test
    void missingExecutableIsAnInvalidParameterWithRuncsWords() {
        RuntimeSpec spec = spec(List.of("no-such-binary"));

        InvalidParameter error = assertThrows(InvalidParameter.class, () -> runtime.start(spec));

        assertTrue(error.getMessage().contains("executable file not found")
                || error.getMessage().contains("no such file"), error.getMessage());
        assertNoTrace(spec.id());
    }

    @Test
    void notExecutableFileIsPermissionDenied() {
        RuntimeSpec spec = spec(List.of("/bin/not-executable"));

        InvalidParameter error = assertThrows(InvalidParameter.class, () -> runtime.start(spec));

        assertTrue(error.getMessage().contains("permission denied"), error.getMessage());
        assertNoTrace(spec.id());
    }

    @Test
    void deleteLeavesNoMountAndNoBundle() throws InterruptedException {
        RuntimeSpec spec = spec("exit 0");
        runtime.start(spec);
        awaitExit(spec.id());
        assertTrue(KernelMounts.isMountPoint(bundle(spec.id()).resolve("rootfs")));

        runtime.delete(spec.id());
        runtime.delete(spec.id()); // idempotent

        assertNoTrace(spec.id());
        assertInstanceOf(RuntimeState.Absent.class, runtime.state(spec.id()));
    }

    @Test
    void writesResolvedUserHostnameAndWorkingDir() throws InterruptedException, IOException {
        RuntimeSpec spec = new RuntimeSpec(ContainerId.random(), List.of(bind()),
                new ProcessSpec(List.of("sh", "-c", "cat /etc/hostname; echo $HOME; pwd"), List.of("PATH=/bin"),
                        "/work/dir", "root", false),
                "berth-host", Map.of(), temp.resolve("logs/ctr.log"), List.of(), false);
        started.add(spec.id());

        runtime.start(spec);

        assertEquals(0, awaitExit(spec.id()).status().code());
        List<String> lines = new ArrayList<>();
        new CriLogReader().read(spec.logFile(), new LogQuery(true, false, null, null, LogQuery.ALL, false),
                () -> true, e -> lines.add(new String(e.content(), StandardCharsets.UTF_8)));
        assertEquals(List.of("berth-host\n", "/root\n", "/work/dir\n"), lines);
    }

    @Test
    void monitorIsDetachedFromTheDaemon() throws IOException {
        RuntimeSpec spec = spec("sleep 100");
        runtime.start(spec);

        long monitor = Long.parseLong(Files.readString(bundle(spec.id()).resolve("conmon.pid")).trim());

        assertTrue(ProcessHandle.of(monitor).orElseThrow().parent().map(ProcessHandle::pid)
                .filter(parent -> parent == ProcessHandle.current().pid()).isEmpty(), "not our child");
        assertFalse(sessionOf(monitor).equals(sessionOf(ProcessHandle.current().pid())), "own session");
    }

    @Test
    void exitsAreKnownToTheNextDaemonAndAnnouncedAgainOnRestart() throws InterruptedException {
        RuntimeSpec spec = spec("exit 5");
        runtime.start(spec);
        ExitStatus first = awaitExit(spec.id()).status();
        runtime.close();

        runtime = new RuncRuntime(RuncConfig.defaults(temp.resolve("exec")));
        runtime.onExit((id, status) -> exits.add(new Exit(id, status)));
        assertEquals(new RuntimeState.Exited(first), runtime.state(spec.id()));
        assertTrue(exits.isEmpty(), "an old exit is not news");

        runtime.start(spec);
        assertEquals(5, awaitExit(spec.id()).status().code());
    }

    @Test
    void overlayRootfsTakesTheContainersWritesInItsUpperDir() throws InterruptedException, IOException {
        Path upper = Files.createDirectories(temp.resolve("overlay/upper"));
        Path work = Files.createDirectories(temp.resolve("overlay/work"));
        ContainerId id = ContainerId.random();
        started.add(id);
        RuntimeSpec spec = new RuntimeSpec(id,
                List.of(new Mount("overlay", "overlay",
                        List.of("lowerdir=" + image, "upperdir=" + upper, "workdir=" + work))),
                new ProcessSpec(List.of("sh", "-c", "echo written > /new-file"), List.of("PATH=/bin"), "/", "",
                        false),
                "test", Map.of(), temp.resolve("logs/overlay.log"), List.of(), false);

        runtime.start(spec);

        assertEquals(0, awaitExit(id).status().code());
        assertEquals("written\n", Files.readString(upper.resolve("new-file")));
        assertFalse(Files.exists(image.resolve("new-file")), "the lower layer is untouched");
        runtime.delete(id);
        assertNoTrace(id);
    }

    @Test
    void openStdinKeepsAReaderWaiting() throws InterruptedException {
        ContainerId id = ContainerId.random();
        started.add(id);
        RuntimeSpec spec = new RuntimeSpec(id, List.of(bind()),
                new ProcessSpec(List.of("cat"), List.of("PATH=/bin"), "/", "", false, true),
                "test", Map.of(), temp.resolve("logs/cat.log"), List.of(), false);

        int pid = runtime.start(spec);

        // Without -i, cat would read /dev/null and end at once.
        assertTrue(exits.poll(500, TimeUnit.MILLISECONDS) == null, "cat still waits for input");
        assertEquals(new RuntimeState.Running(pid), runtime.state(id));
    }

    @Test
    void binaryStdinReachesTheProcessIntactAndItsEndClosesStdinOnce() throws Exception {
        ContainerId id = ContainerId.random();
        started.add(id);
        RuntimeSpec spec = new RuntimeSpec(id, List.of(bind()),
                new ProcessSpec(List.of("sh", "-c", "cat > /received"), List.of("PATH=/bin"), "/", "", false, true,
                        true),
                "test", Map.of(), temp.resolve("logs/stdin.log"), List.of(), false);
        byte[] data = new byte[300_000]; // several packets, every byte value
        new java.util.Random(42).nextBytes(data);
        runtime.start(spec);

        try (var stdin = runtime.openStdin(id)) {
            stdin.write(data);
        }

        // cat ends only when conmon closes its stdin, which StdinOnce does at the client's end of input.
        assertEquals(0, awaitExit(id).status().code());
        assertTrue(java.util.Arrays.equals(data, Files.readAllBytes(image.resolve("received"))), "bytes intact");
    }

    @Test
    void stdinOfAStoppedContainerIsAConflict() throws InterruptedException {
        RuntimeSpec spec = spec("true");
        runtime.start(spec);
        awaitExit(spec.id());

        assertThrows(Conflict.class, () -> runtime.openStdin(spec.id()));
    }

    @Test
    void terminalProcessRunsOnATty() throws InterruptedException {
        ContainerId id = ContainerId.random();
        started.add(id);
        RuntimeSpec spec = new RuntimeSpec(id, List.of(bind()),
                new ProcessSpec(List.of("sh", "-c", "test -t 1 && echo on-a-tty"), List.of("PATH=/bin"), "/", "",
                        true),
                "test", Map.of(), temp.resolve("logs/tty.log"), List.of(), false);

        runtime.start(spec);

        assertEquals(0, awaitExit(id).status().code());
        List<String> lines = new ArrayList<>();
        new CriLogReader().read(spec.logFile(), new LogQuery(true, true, null, null, LogQuery.ALL, false),
                () -> true, e -> lines.add(new String(e.content(), StandardCharsets.UTF_8)));
        assertTrue(String.join("", lines).contains("on-a-tty"), lines.toString());
    }

    @Test
    void aTerminalStartsAtItsConsoleSizeAndAResizeReachesIt() throws Exception {
        ContainerId id = ContainerId.random();
        started.add(id);
        RuntimeSpec spec = new RuntimeSpec(id, List.of(bind()),
                new ProcessSpec(List.of("sh", "-c", "stty size; read line; stty size"), List.of("PATH=/bin"), "/",
                        "", true, true, true, new TerminalSize(12, 34)),
                "test", Map.of(), temp.resolve("logs/size.log"), List.of(), false);
        runtime.start(spec);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!output(spec).contains("12 34") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        runtime.resize(id, new TerminalSize(40, 120));
        try (var stdin = runtime.openStdin(id)) {
            stdin.write('\n');
        }

        assertEquals(0, awaitExit(id).status().code());
        String output = output(spec);
        assertTrue(output.indexOf("12 34") >= 0 && output.indexOf("40 120") > output.indexOf("12 34"), output);
        assertThrows(Conflict.class, () -> runtime.resize(id, new TerminalSize(40, 120)));
    }

    @Test
    void memoryLimitReachesTheContainersCgroupAndAnUpdateChangesIt() throws InterruptedException, IOException {
        RuntimeSpec probe = withLimits(spec("cat /sys/fs/cgroup/memory.max 2>/dev/null"
                + " || cat /sys/fs/cgroup/memory/memory.limit_in_bytes"), 64L << 20);
        runtime.start(probe);
        assertEquals(0, awaitExit(probe.id()).status().code());
        assertTrue(output(probe).contains(Long.toString(64L << 20)), output(probe));

        RuntimeSpec sleeper = withLimits(spec("sleep 30"), 64L << 20);
        runtime.start(sleeper);
        runtime.update(sleeper.id(), new Resources(96L << 20, 192L << 20, 0, 0, 0, 0, 0, null, null, null, null));
        assertEquals(Long.toString(96L << 20), Files.readString(memoryLimitFile(sleeper.id())).trim());
    }

    private static RuntimeSpec withLimits(RuntimeSpec spec, long memory) {
        return new RuntimeSpec(spec.id(), spec.rootfs(), spec.process(), spec.hostname(), spec.annotations(),
                spec.logFile(), spec.mounts(), spec.readonlyRootfs(),
                new Resources(memory, 0, 0, 0, 0, 0, 0, null, null, null, null).validated(), SecurityOptions.NONE);
    }

    /** The host's view of the container's memory limit (cgroup v2 or v1). */
    private static Path memoryLimitFile(ContainerId id) {
        String cgroup = RuncConfig.defaults(Path.of("/")).cgroupParent() + "/" + id.value();
        Path v2 = Path.of("/sys/fs/cgroup", cgroup, "memory.max");
        return Files.exists(v2) ? v2 : Path.of("/sys/fs/cgroup/memory", cgroup, "memory.limit_in_bytes");
    }

    private static String output(RuntimeSpec spec) {
        StringBuilder out = new StringBuilder();
        new CriLogReader().read(spec.logFile(), new LogQuery(true, true, null, null, LogQuery.ALL, false),
                () -> true, e -> {
                    out.append(new String(e.content(), StandardCharsets.UTF_8));
                    return true;
                });
        return out.toString();
    }

    private static String sessionOf(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // Fields after the ")" that ends the command name: state ppid pgrp session ...
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3];
    }

    private void assertNoTrace(ContainerId id) {
        assertFalse(Files.exists(bundle(id)), "bundle removed");
        assertFalse(mountinfo().contains(id.value()), "no mount left");
    }

    private Exit awaitExit(ContainerId id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Exit exit = exits.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (exit != null && exit.id().equals(id)) {
                return exit;
            }
        }
        throw new AssertionError("no exit reported for " + id);
    }

    private RuntimeSpec spec(String script) {
        return spec(List.of("sh", "-c", script));
    }

    private RuntimeSpec spec(List<String> args) {
        ContainerId id = ContainerId.random();
        started.add(id);
        return new RuntimeSpec(id, List.of(bind()), new ProcessSpec(args, List.of("PATH=/bin"), "/", "", false),
                "test", Map.of(), temp.resolve("logs").resolve(id.value() + ".log"), List.of(), false);
    }

    private Mount bind() {
        return new Mount("bind", image.toString(), List.of("rbind"));
    }

    private Path bundle(ContainerId id) {
        return temp.resolve("exec/runc").resolve(id.value());
    }

    private static String mountinfo() {
        try {
            return Files.readString(Path.of("/proc/self/mountinfo"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
