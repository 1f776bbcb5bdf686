package dev.berth.adapters.runc;

import dev.berth.domain.error.SystemFault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs short runc commands ({@code start}, {@code kill}, {@code delete}) against Berth's own runc state root. */
final class RuncCli {

    private static final long TIMEOUT_SECONDS = 30;

    private final Path binary;
    private final Path stateRoot;
    private final Path scratchDir;

    /** @param scratchDir where runc's output is caught (not the state root: runc reads every entry there) */
    RuncCli(Path binary, Path stateRoot, Path scratchDir) {
        this.binary = binary;
        this.stateRoot = stateRoot;
        this.scratchDir = scratchDir;
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

    /** The command line of a runc command, for callers that run it themselves. */
    List<String> command(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(globalArgs());
        command.addAll(args);
        return command;
    }

    Result run(String... args) {
        List<String> command = command(List.of(args));
        Path output = null;
        try {
            // A file, not a pipe: reading a pipe would block past the timeout if runc hung.
            output = Files.createTempFile(scratchDir, ".runc-", ".out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SystemFault("runc " + String.join(" ", args) + " timed out");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new SystemFault("runc " + String.join(" ", args) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted while running runc " + args[0], e);
        } finally {
            deleteQuietly(output);
        }
    }

    private static void deleteQuietly(Path output) {
        if (output == null) {
            return;
        }
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            // The result is already in hand; a leftover temp file harms nothing.
            System.getLogger(RuncCli.class.getName()).log(System.Logger.Level.WARNING,
                    "could not remove " + output, e);
        }
    }
}
