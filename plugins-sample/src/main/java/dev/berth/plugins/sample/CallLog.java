package dev.berth.plugins.sample;

import dev.berth.domain.error.SystemFault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The samples append each call they get to {@code <root>/calls.log}, one line each, so a test sees what Berth asked. */
final class CallLog {

    private final Path file;

    CallLog(Path root) throws IOException {
        this.file = Files.createDirectories(root).resolve("calls.log");
    }

    synchronized void record(String call) {
        try {
            Files.writeString(file, call + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new SystemFault("record " + call + ": " + e.getMessage(), e);
        }
    }
}
