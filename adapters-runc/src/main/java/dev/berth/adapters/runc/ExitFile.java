package dev.berth.adapters.runc;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.runtime.ExitStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the exit file conmon writes (atomically) when a container's process ends: the exit code as decimal text,
 * already 128+N for a process killed by signal N, as dockerd reports it. Its time is the file's.
 */
final class ExitFile {

    private ExitFile() {
    }

    static Optional<ExitStatus> read(Path file) {
        try {
            String text = Files.readString(file).trim();
            if (!text.matches("-?[0-9]+")) {
                return Optional.empty();
            }
            var time = Files.getLastModifiedTime(file).toInstant();
            return Optional.of(new ExitStatus(Integer.parseInt(text), time, false));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SystemFault("reading exit file " + file + ": " + e.getMessage(), e);
        }
    }
}
