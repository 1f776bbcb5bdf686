package dev.berth.adapters.runc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotImplemented;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.runtime.ExecProcess;
import dev.berth.domain.runtime.ExecSpec;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Starts exec processes with {@code runc exec --process} in the foreground: runc hands the process our pipes as
 * its stdio and exits with its exit code. runc writes the pid file only once the process runs, so a runc that ends
 * without one failed to start it, and its log says why.
 */
final class RuncExec {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final File DEV_NULL = new File("/dev/null");

    private final RuncCli runc;
    private final BundleLayout layout;
    private final ObjectMapper json;
    private final ExecProcessJson processJson;

    RuncExec(RuncCli runc, BundleLayout layout, ObjectMapper json, List<String> grantable) {
        this.runc = runc;
        this.layout = layout;
        this.json = json;
        this.processJson = new ExecProcessJson(json, grantable);
    }

    ExecProcess exec(ContainerId id, ExecSpec spec) {
        if (spec.process().terminal()) {
            throw new NotImplemented("exec with a TTY is not supported yet");
        }
        ExecFiles files = ExecFiles.create(layout.execDir(id));
        try {
            writeProcess(id, spec, files.process());
            List<String> command = runc.command(List.of("--log", files.log().toString(), "--log-format", "json",
                    "exec", "--process", files.process().toString(), "--pid-file", files.pid().toString(),
                    id.value()));
            Process runcExec = new ProcessBuilder(command)
                    .redirectInput(spec.process().stdin() ? ProcessBuilder.Redirect.PIPE
                            : ProcessBuilder.Redirect.from(DEV_NULL))
                    .redirectOutput(spec.stdout() ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.DISCARD)
                    .redirectError(spec.stderr() ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.DISCARD)
                    .start();
            long pid = awaitPid(id, runcExec, files);
            runcExec.onExit().thenRun(files::remove);
            return new RuncExecProcess(runcExec, pid, spec.process().stdin());
        } catch (IOException e) {
            files.remove();
            throw new SystemFault("starting an exec in container " + id + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            files.remove();
            throw e;
        }
    }

    private void writeProcess(ContainerId id, ExecSpec spec, Path target) throws IOException {
        Path config = layout.configJson(id);
        if (!Files.exists(config)) {
            throw new Conflict("Container " + id + " is not running");
        }
        JsonNode containerProcess = json.readTree(config.toFile()).path("process");
        ContainerUser user = ContainerUser.resolve(layout.rootfs(id), spec.process().user());
        AtomicFile.write(target, json.writeValueAsBytes(processJson.build(containerProcess, spec, user)));
    }

    private long awaitPid(ContainerId id, Process runcExec, ExecFiles files) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<Long> pid = files.readPid();
            if (pid.isPresent()) {
                return pid.get();
            }
            if (!runcExec.isAlive()) {
                // The pid file is read again: runc may have written it just before it ended.
                return files.readPid().orElseThrow(() -> new InvalidParameter("OCI runtime exec failed: "
                        + RuncLog.lastError(files.log(), json)
                        .orElse("runc exec exited with " + runcExec.exitValue()) + ": unknown"));
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        runcExec.destroyForcibly();
        throw new SystemFault("timed out waiting for runc to start an exec in container " + id);
    }

    /** One exec's files in the container's exec directory, removed once runc is done with them. */
    private record ExecFiles(Path process, Path pid, Path log) {

        static ExecFiles create(Path dir) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new SystemFault("creating " + dir + ": " + e.getMessage(), e);
            }
            String name = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            return new ExecFiles(dir.resolve(name + ".json"), dir.resolve(name + ".pid"), dir.resolve(name + ".log"));
        }

        Optional<Long> readPid() {
            try {
                String text = Files.exists(pid) ? Files.readString(pid).trim() : "";
                return text.matches("[0-9]+") ? Optional.of(Long.parseLong(text)) : Optional.empty();
            } catch (IOException e) {
                throw new SystemFault("reading " + pid + ": " + e.getMessage(), e);
            }
        }

        void remove() {
            List<IOException> failures = new ArrayList<>();
            for (Path file : List.of(process, pid, log)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    failures.add(e);
                }
            }
            // The bundle goes with the container; a leftover here only waits for that.
            failures.forEach(e -> System.getLogger(RuncExec.class.getName())
                    .log(System.Logger.Level.WARNING, "could not remove an exec file", e));
        }
    }
}
