package dev.berth.drivers.network.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.network.NetworkStore;
import dev.berth.plugins.sdk.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Networks, endpoints and published ports in one JSON file, replaced atomically on each change. */
public final class FileNetworkStore implements NetworkStore {

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public FileNetworkStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized State load() {
        if (!Files.exists(file)) {
            return new State(List.of(), List.of(), List.of());
        }
        try {
            return json.readValue(file.toFile(), State.class);
        } catch (IOException e) {
            throw new SystemFault("reading networks " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void save(State state) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, json.writeValueAsBytes(state));
        } catch (IOException e) {
            throw new SystemFault("writing networks " + file + ": " + e.getMessage(), e);
        }
    }
}
