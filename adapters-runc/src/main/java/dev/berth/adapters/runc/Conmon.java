package dev.berth.adapters.runc;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.runtime.ProcessSpec;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * Launches Debian's conmon, which runs {@code runc create}, holds the container's stdio, logs it in CRI format
 * and writes the exit code; conmon daemonizes into its own session, so containers outlive the daemon.
 */
final class Conmon {

    private static final Duration CREATE_TIMEOUT = Duration.ofSeconds(60);
    private static final File DEV_NULL = new File("/dev/null");

    private final Path binary;
    private final RuncCli runc;
    private final BundleLayout layout;
    private final ObjectMapper json;

    Conmon(Path binary, RuncCli runc, BundleLayout layout, ObjectMapper json) {
        this.binary = binary;
        this.runc = runc;
        this.layout = layout;
        this.json = json;
    }

    /**
     * Starts conmon for the bundle of {@code id} and waits until runc created the container; returns the pid of
     * its first process. A creation runc refused is an InvalidParameter carrying runc's message.
     */
    int create(ContainerId id, ProcessSpec process, Path logFile) {
        List<String> command = command(id, process, logFile);
        try {
            Process launcher = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // conmon forks its monitor and exits; a non-zero code means it never got that far.
            int launched = launcher.waitFor();
            if (launched != 0) {
                throw new SystemFault("conmon exited with " + launched + " before creating container " + id);
            }
            return awaitCreated(id);
        } catch (IOException e) {
            throw new SystemFault("starting conmon for " + id + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted while starting container " + id, e);
        }
    }

    List<String> command(ContainerId id, ProcessSpec process, Path logFile) {
        String cid = id.value();
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--api-version", "1",
                "-c", cid, "-u", cid, "-n", cid,
                "-r", runc.binary().toString(),
                "-b", layout.bundle(id).toString(),
                "-p", layout.pidFile(id).toString(),
                "--exit-dir", layout.exitsDir().toString(),
                "--conmon-pidfile", layout.conmonPidFile(id).toString(),
                "-l", "k8s-file:" + logFile,
                "--socket-dir-path", layout.socketsDir().toString(),
                "-0", layout.persistDir(id).toString()));
        List<String> runtimeArgs = new ArrayList<>(runc.globalArgs());
        runtimeArgs.addAll(List.of("--log", layout.runcLog(id).toString(), "--log-format", "json"));
        runtimeArgs.forEach(arg -> command.addAll(List.of("--runtime-arg", arg)));
        if (process.terminal()) {
            command.add("-t");
        }
        if (process.stdin()) {
            command.add("-i");
            // A pty's input stays open across clients, StdinOnce or not, as dockerd keeps it (a client's end of
            // input or detach ends only its session).
            if (!process.stdinOnce() || process.terminal()) {
                command.add("--leave-stdin-open");
            }
        }
        return command;
    }

    /** The monitor's pid, while its pid file is there. */
    Optional<Long> monitorPid(ContainerId id) {
        return readPid(layout.conmonPidFile(id));
    }

    private int awaitCreated(ContainerId id) {
        Instant deadline = Instant.now().plus(CREATE_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<Long> pid = readPid(layout.pidFile(id));
            if (pid.isPresent()) {
                return Math.toIntExact(pid.get());
            }
            // Without a pid, a gone monitor means runc create failed: runc's log says why. The pid file is read
            // again in case runc wrote it just before the monitor ended.
            Optional<Long> monitor = monitorPid(id);
            if (monitor.isPresent() && !ProcessHandle.of(monitor.get()).map(ProcessHandle::isAlive).orElse(false)
                    && readPid(layout.pidFile(id)).isEmpty()) {
                throw new InvalidParameter("OCI runtime create failed: " + runcError(id)
                        .orElse("conmon exited without creating the container"));
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        throw new SystemFault("timed out waiting for runc to create container " + id);
    }

    /** The last error runc logged for this container ({@code runc create failed: ...}). */
    Optional<String> runcError(ContainerId id) {
        return RuncLog.lastError(layout.runcLog(id), json);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            String text = Files.exists(pidFile) ? Files.readString(pidFile).trim() : "";
            return text.matches("[0-9]+") ? Optional.of(Long.parseLong(text)) : Optional.empty();
        } catch (IOException e) {
            throw new SystemFault("reading " + pidFile + ": " + e.getMessage(), e);
        }
    }
}
