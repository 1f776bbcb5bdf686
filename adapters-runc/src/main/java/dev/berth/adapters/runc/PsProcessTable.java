package dev.berth.adapters.runc;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.runtime.ProcessTable;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The host's {@code ps} (procps), run as dockerd runs it for {@code docker top}. */
public final class PsProcessTable implements ProcessTable {

    private static final long TIMEOUT_SECONDS = 30;

    private final String binary;

    public PsProcessTable(String binary) {
        this.binary = binary;
    }

    @Override
    public String list(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(binary);
        command.addAll(args);
        try {
            Process ps = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            // stdout first: ps writes at most a line or two on stderr, far below a pipe's capacity.
            String output = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String errors = new String(ps.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ps.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                ps.destroyForcibly();
                throw new SystemFault("ps timed out");
            }
            if (ps.exitValue() != 0) {
                String first = errors.lines().findFirst().orElse("exit status " + ps.exitValue());
                throw new SystemFault("ps: " + first);
            }
            return output;
        } catch (IOException e) {
            throw new SystemFault("ps: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted while running ps", e);
        }
    }
}
