package dev.berth.drivers.storage.state;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerStore;
import dev.berth.domain.error.SystemFault;
import dev.berth.drivers.storage.common.AtomicFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Container records as {@code <root>/<id>/config.json}, with the container's log beside it. A record that cannot be
 * read (a disk fault) is reported and skipped, so that one bad file does not keep the daemon from starting.
 */
public final class FileContainerStore implements ContainerStore {

    private static final Logger LOG = Logger.getLogger(FileContainerStore.class.getName());
    private static final String RECORD = "config.json";
    private static final String LOG_FILE = "container.log";

    private final Path root;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public FileContainerStore(Path root) {
        this.root = root;
    }

    @Override
    public void save(Container container) {
        try {
            AtomicFile.write(dir(container.id()).resolve(RECORD), json.writeValueAsBytes(container));
        } catch (IOException e) {
            throw new SystemFault("could not save container " + container.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(ContainerId id) {
        Path dir = dir(id);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
            AtomicFile.syncDirectory(root);
        } catch (IOException | UncheckedIOException e) {
            throw new SystemFault("could not remove container " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Container> loadAll() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Container> containers = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.toList()) {
                Path record = dir.resolve(RECORD);
                if (!Files.isRegularFile(record)) {
                    continue; // a creation interrupted before its first save
                }
                try {
                    containers.add(json.readValue(record.toFile(), Container.class));
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.SEVERE, "skipping unreadable container record " + record, e);
                }
            }
        } catch (IOException e) {
            throw new SystemFault("could not list containers in " + root + ": " + e.getMessage(), e);
        }
        return containers;
    }

    @Override
    public Path logFile(ContainerId id) {
        Path dir = dir(id);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SystemFault("could not create " + dir + ": " + e.getMessage(), e);
        }
        return dir.resolve(LOG_FILE);
    }

    private Path dir(ContainerId id) {
        return root.resolve(id.value());
    }
}
