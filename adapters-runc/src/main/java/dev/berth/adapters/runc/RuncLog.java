package dev.berth.adapters.runc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.SystemFault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The JSON log runc writes with {@code --log FILE --log-format json}: one entry a line. */
final class RuncLog {

    private RuncLog() {
    }

    /** The last error runc logged ({@code runc create failed: ...}, {@code exec failed: ...}). */
    static Optional<String> lastError(Path log, ObjectMapper json) {
        if (!Files.exists(log)) {
            return Optional.empty();
        }
        try {
            String error = null;
            for (String line : Files.readAllLines(log)) {
                JsonNode entry = line.isBlank() ? null : json.readTree(line);
                if (entry != null && "error".equals(entry.path("level").asText())) {
                    error = entry.path("msg").asText();
                }
            }
            return Optional.ofNullable(error);
        } catch (IOException e) {
            throw new SystemFault("reading " + log + ": " + e.getMessage(), e);
        }
    }
}
