package dev.berth.adapters.runc;

import dev.berth.domain.error.SystemFault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs short runc commands ({@code start}, {@code kill}, {@code delete}) against Berth's own runc state root. */
final class RuncCli {

    private static final long TIMEOUT_SECONDS = 30;

    private final Path binary;
    private final Path stateRoot;

    RuncCli(Path binary, Path stateRoot) {
        this.binary = binary;
        this.stateRoot = stateRoot;
    }

    /** The global options conmon must pass too, so both see the same containers. */
    List<String> globalArgs() {
        return List.of("--root", stateRoot.toString());
    }

    Path binary() {
        return binary;
    }

    /** What a runc command said: its exit code and its combined output. */
    record Result(int exitCode, String output) {

        boolean ok() {
            return exitCode == 0;
        }
    }

    Result run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(globalArgs());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            String output;
            try (InputStream out = process.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SystemFault("runc " + String.join(" ", args) + " timed out");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new SystemFault("runc " + String.join(" ", args) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted while running runc " + args[0], e);
        }
    }
}
