package dev.berth.drivers.volume.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.volume.VolumeMetadata;
import dev.berth.domain.volume.VolumeName;
import dev.berth.domain.volume.VolumeStore;
import dev.berth.plugins.sdk.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every volume's metadata in one JSON file, replaced atomically on each change (volumes change rarely). */
public final class FileVolumeStore implements VolumeStore {

    private record Entry(String driver, Map<String, String> labels) {
    }

    private static final TypeReference<TreeMap<String, Entry>> ENTRIES = new TypeReference<>() {
    };

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    public FileVolumeStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized List<VolumeMetadata> loadAll() {
        return read().entrySet().stream()
                .map(e -> new VolumeMetadata(new VolumeName(e.getKey()), e.getValue().driver(), e.getValue().labels()))
                .toList();
    }

    @Override
    public synchronized void save(VolumeMetadata metadata) {
        TreeMap<String, Entry> entries = read();
        entries.put(metadata.name().value(), new Entry(metadata.driver(), metadata.labels()));
        write(entries);
    }

    @Override
    public synchronized void delete(VolumeName name) {
        TreeMap<String, Entry> entries = read();
        if (entries.remove(name.value()) != null) {
            write(entries);
        }
    }

    private TreeMap<String, Entry> read() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return json.readValue(file.toFile(), ENTRIES);
        } catch (IOException e) {
            throw new SystemFault("read volume metadata " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(TreeMap<String, Entry> entries) {
        try {
            AtomicFile.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(entries));
        } catch (IOException e) {
            throw new SystemFault("write volume metadata " + file + ": " + e.getMessage(), e);
        }
    }
}
