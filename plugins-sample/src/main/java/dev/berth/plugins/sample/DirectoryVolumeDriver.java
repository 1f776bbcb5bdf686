package dev.berth.plugins.sample;

import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeDriver;
import dev.berth.domain.volume.VolumeName;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sample plugin's driver: each volume is a directory under {@code <root>/volumes}. Every Mount and Unmount is
 * appended to {@code <root>/calls.log} ({@code Mount <volume> <id>}), so that a test can see what Berth asked.
 */
public final class DirectoryVolumeDriver implements VolumeDriver {

    private final Path volumes;
    private final CallLog callLog;
    private final Map<VolumeName, Set<String>> mounts = new HashMap<>();

    public DirectoryVolumeDriver(Path root) throws IOException {
        this.volumes = Files.createDirectories(root.resolve("volumes"));
        this.callLog = new CallLog(root);
    }

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String scope() {
        return "local";
    }

    @Override
    public synchronized Volume create(VolumeName name, Map<String, String> options) {
        if (!options.isEmpty()) {
            throw new InvalidParameter("the sample driver takes no options, got " + options.keySet());
        }
        try {
            Files.createDirectories(volumes.resolve(name.value()));
        } catch (IOException e) {
            throw new SystemFault("create " + name + ": " + e.getMessage(), e);
        }
        return get(name).orElseThrow();
    }

    @Override
    public synchronized Optional<Volume> get(VolumeName name) {
        Path dir = volumes.resolve(name.value());
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try {
            var created = Files.readAttributes(dir, BasicFileAttributes.class).creationTime().toInstant();
            return Optional.of(new Volume(name, name(), dir, Map.of(), Map.of(), scope(), created));
        } catch (IOException e) {
            throw new SystemFault("inspect " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Volume> list() {
        try (Stream<Path> dirs = Files.list(volumes)) {
            return dirs.map(d -> new VolumeName(d.getFileName().toString())).sorted(Comparator.comparing(VolumeName::value))
                    .flatMap(n -> get(n).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void remove(VolumeName name) {
        if (!mounts.getOrDefault(name, Set.of()).isEmpty()) {
            throw new Conflict("volume " + name + " is mounted by " + mounts.get(name));
        }
        Path dir = volumes.resolve(name.value());
        if (!Files.isDirectory(dir)) {
            throw new NotFound("no such volume: " + name);
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new SystemFault("remove " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Path mount(VolumeName name, String mountId) {
        Volume volume = get(name).orElseThrow(() -> new NotFound("no such volume: " + name));
        mounts.computeIfAbsent(name, n -> new HashSet<>()).add(mountId);
        callLog.record("Mount " + name + " " + mountId);
        return volume.mountpoint();
    }

    @Override
    public synchronized void unmount(VolumeName name, String mountId) {
        Set<String> ids = mounts.get(name);
        if (ids != null) {
            ids.remove(mountId);
        }
        callLog.record("Unmount " + name + " " + mountId);
    }
}
