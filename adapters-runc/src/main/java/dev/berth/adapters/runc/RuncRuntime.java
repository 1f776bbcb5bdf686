package dev.berth.adapters.runc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.MountPoint;
import dev.berth.domain.container.Resources;
import dev.berth.domain.container.TerminalSize;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.runtime.ContainerRuntime;
import dev.berth.domain.runtime.ExecProcess;
import dev.berth.domain.runtime.ExecResult;
import dev.berth.domain.runtime.ExecRuntime;
import dev.berth.domain.runtime.ExecSpec;
import dev.berth.domain.runtime.ExitListener;
import dev.berth.domain.runtime.ExitStatus;
import dev.berth.domain.runtime.RuntimeSpec;
import dev.berth.domain.runtime.RuntimeState;
import dev.berth.domain.storage.Mount;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs containers with runc under one conmon monitor each: the monitor outlives the daemon and records the exit
 * code in {@code <execRoot>/runc/exits/<id>}, which is how exits are learnt, live or after a daemon restart.
 */
public final class RuncRuntime implements ContainerRuntime, ExecRuntime, AutoCloseable {

    private static final Path HOST_RESOLV_CONF = Path.of("/etc/resolv.conf");
    private static final Duration EXIT_GRACE = Duration.ofSeconds(10);
    private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwxr-xr-x");
    /** dockerd's code for an exit nobody recorded. */
    private static final int UNKNOWN_EXIT = 255;

    private final BundleLayout layout;
    private final RuncCli runc;
    private final Conmon conmon;
    private final KernelMounts mounts = new KernelMounts();
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final DockerDefaultSpec defaultSpec;
    private final ExitWatcher exits;
    private final RuncExec execs;

    public RuncRuntime(RuncConfig config) {
        this.layout = BundleLayout.under(config.execRoot());
        this.runc = new RuncCli(config.runtimeBinary(), layout.runcState(), layout.root());
        this.conmon = new Conmon(config.conmonBinary(), runc, layout, json);
        boolean cgroupV2 = Files.exists(Path.of("/sys/fs/cgroup/cgroup.controllers"));
        try {
            List<String> grantable = HostLimits.boundingCapabilities();
            this.defaultSpec = new DockerDefaultSpec(config.cgroupParent(), cgroupV2, HostLimits.nofileHardLimit(),
                    SeccompProfile.forHost(), grantable);
            this.execs = new RuncExec(runc, layout, json, grantable);
            Files.createDirectories(layout.exitsDir());
            Files.createDirectories(layout.socketsDir());
            Files.createDirectories(layout.runcState());
            this.exits = new ExitWatcher(layout.exitsDir());
        } catch (IOException e) {
            throw new SystemFault("preparing " + layout.root() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "runc";
    }

    @Override
    public int start(RuntimeSpec spec) {
        ContainerId id = spec.id();
        if (state(id) instanceof RuntimeState.Running) {
            throw new Conflict("Container " + id + " is already running");
        }
        delete(id); // what a previous run left
        try {
            prepareBundle(spec);
            exits.reset(id);
            conmon.create(id, spec.process(), spec.logFile());
            RuncCli.Result started = runc.run("start", id.value());
            if (!started.ok()) {
                String reason = conmon.runcError(id).orElse(started.output());
                throw new InvalidParameter("OCI runtime start failed: " + reason);
            }
            return readPid(id);
        } catch (RuntimeException e) {
            cleanUpAfterFailedStart(id, e);
            throw e;
        }
    }

    private void prepareBundle(RuntimeSpec spec) {
        ContainerId id = spec.id();
        Path rootfs = layout.rootfs(id);
        try {
            Files.createDirectories(rootfs);
            Files.createDirectories(layout.persistDir(id)); // conmon exits silently without it
            for (Mount mount : spec.rootfs()) {
                mounts.mount(mount, rootfs);
            }
            for (MountPoint volume : spec.mounts()) {
                VolumeCopyUp.populate(rootfs, volume);
            }
            ContainerUser user = ContainerUser.resolve(rootfs, spec.process().user());
            ensureWorkingDir(rootfs, spec.process().cwd());
            EtcFiles etcFiles = EtcFiles.in(layout.bundle(id));
            etcFiles.write(spec.hostname(), spec.network(), HOST_RESOLV_CONF);
            AtomicFile.write(layout.configJson(id), json.writeValueAsBytes(defaultSpec.build(spec, user, etcFiles)));
            Files.createDirectories(spec.logFile().getParent());
        } catch (IOException e) {
            throw new SystemFault("preparing the bundle of container " + id + ": " + e.getMessage(), e);
        }
    }

    /** dockerd creates a missing working directory (owned by root, mode 0755: SetupWorkingDirectory). */
    private static void ensureWorkingDir(Path rootfs, String cwd) throws IOException {
        Path dir = RootfsPath.resolve(rootfs, cwd);
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
        }
    }

    /** Unmounts and removes what the failed start left; a cleanup failure rides along with the cause. */
    private void cleanUpAfterFailedStart(ContainerId id, RuntimeException cause) {
        try {
            delete(id);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void pause(ContainerId id) {
        freezer("pause", id);
    }

    @Override
    public void resume(ContainerId id) {
        freezer("resume", id);
    }

    private void freezer(String command, ContainerId id) {
        RuncCli.Result result = runc.run(command, id.value());
        if (!result.ok()) {
            throw new SystemFault("runc " + command + " " + id + ": " + result.output());
        }
    }

    @Override
    public void signal(ContainerId id, int signal) {
        if (!Files.isDirectory(layout.bundle(id))) {
            throw new NotFound("No such container: " + id);
        }
        RuncCli.Result killed = runc.run("kill", id.value(), Integer.toString(signal));
        if (killed.ok()) {
            return;
        }
        if (killed.output().contains("not running") || killed.output().contains("does not exist")) {
            throw new Conflict("Container " + id + " is not running");
        }
        throw new SystemFault("runc kill " + id + ": " + killed.output());
    }

    @Override
    public RuntimeState state(ContainerId id) {
        if (!Files.isDirectory(layout.bundle(id))) {
            return new RuntimeState.Absent();
        }
        Optional<ExitStatus> exited = ExitFile.read(layout.exitFile(id));
        if (exited.isPresent()) {
            return new RuntimeState.Exited(exited.get());
        }
        Optional<Integer> pid = pidFile(id);
        if (pid.isEmpty()) {
            return new RuntimeState.Absent(); // never created, or being created
        }
        if (isAlive(pid.get())) {
            return new RuntimeState.Running(pid.get());
        }
        // Gone: conmon is about to write the exit file, or died without doing it.
        return new RuntimeState.Exited(awaitExitFile(id).orElseGet(
                () -> new ExitStatus(UNKNOWN_EXIT, Instant.now(), false)));
    }

    @Override
    public void delete(ContainerId id) {
        Path bundle = layout.bundle(id);
        if (Files.isDirectory(bundle)) {
            RuncCli.Result deleted = runc.run("delete", "--force", id.value());
            if (!deleted.ok() && !deleted.output().contains("does not exist")) {
                throw new SystemFault("runc delete " + id + ": " + deleted.output());
            }
            awaitExitRecorded(id);
            Path rootfs = layout.rootfs(id);
            mounts.detachAll(rootfs);
            if (KernelMounts.isMountPoint(rootfs)) {
                // Removing the bundle would then delete the container's files.
                throw new SystemFault("rootfs of container " + id + " is still mounted");
            }
        }
        try {
            BundleTree.remove(bundle);
            Files.deleteIfExists(layout.exitFile(id));
            Files.deleteIfExists(layout.socketLink(id));
        } catch (IOException e) {
            throw new SystemFault("removing the bundle of container " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public OutputStream openStdin(ContainerId id) {
        if (!(state(id) instanceof RuntimeState.Running)) {
            throw new Conflict("Container " + id + " is not running");
        }
        try {
            return ConmonStdin.connect(layout.attachSocket(id));
        } catch (IOException e) {
            throw new SystemFault("connecting to the stdin of container " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ExecProcess exec(ContainerId id, ExecSpec spec) {
        if (!(state(id) instanceof RuntimeState.Running)) {
            throw new Conflict("Container " + id + " is not running");
        }
        return execs.exec(id, spec);
    }

    @Override
    public ExecResult run(ContainerId id, ExecSpec spec, Duration timeout) {
        return ProbeRun.of(exec(id, spec), timeout);
    }

    @Override
    public void resize(ContainerId id, TerminalSize size) {
        if (!(state(id) instanceof RuntimeState.Running)) {
            throw new Conflict("Container " + id + " is not running");
        }
        try {
            // conmon resizes the pty it holds, and ignores the message for a container without one.
            if (!ControlFifo.write(layout.controlFifo(id), ControlFifo.resizeMessage(size.height(), size.width()))) {
                throw new Conflict("Container " + id + " is not running");
            }
        } catch (IOException e) {
            throw new SystemFault("resizing the terminal of container " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void update(ContainerId id, Resources resources) {
        Path file = layout.bundle(id).resolve("update.json");
        try {
            AtomicFile.write(file, json.writeValueAsBytes(CgroupResources.of(resources, null)));
            RuncCli.Result updated = runc.run("update", "--resources", file.toString(), id.value());
            if (!updated.ok()) {
                throw new SystemFault("runc update " + id + ": " + updated.output());
            }
        } catch (IOException e) {
            throw new SystemFault("updating the limits of container " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void onExit(ExitListener listener) {
        exits.add(listener);
    }

    @Override
    public void close() {
        try {
            exits.close();
        } catch (IOException e) {
            throw new SystemFault("closing the exit watch: " + e.getMessage(), e);
        }
    }

    private int readPid(ContainerId id) {
        return pidFile(id).orElseThrow(() -> new SystemFault("runc left no pid file for container " + id));
    }

    private Optional<Integer> pidFile(ContainerId id) {
        try {
            Path file = layout.pidFile(id);
            String text = Files.exists(file) ? Files.readString(file).trim() : "";
            return text.matches("[0-9]+") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
        } catch (IOException e) {
            throw new SystemFault("reading the pid of container " + id + ": " + e.getMessage(), e);
        }
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private Optional<ExitStatus> awaitExitFile(ContainerId id) {
        Instant deadline = Instant.now().plus(EXIT_GRACE);
        while (Instant.now().isBefore(deadline)) {
            Optional<ExitStatus> status = ExitFile.read(layout.exitFile(id));
            boolean monitorAlive = conmon.monitorPid(id).map(RuncRuntime::isAlive).orElse(false);
            if (status.isPresent() || !monitorAlive) {
                return status.or(() -> ExitFile.read(layout.exitFile(id)));
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return Optional.empty();
    }

    /**
     * A monitor still running would write its exit files after the bundle is gone. Once the exit file is there it
     * has written both (it lingers a second or so more, flushing the log, which need not be waited for).
     */
    private void awaitExitRecorded(ContainerId id) {
        Instant deadline = Instant.now().plus(EXIT_GRACE);
        Optional<Long> monitor = conmon.monitorPid(id);
        while (monitor.isPresent() && isAlive(monitor.get()) && !Files.exists(layout.exitFile(id))
                && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
