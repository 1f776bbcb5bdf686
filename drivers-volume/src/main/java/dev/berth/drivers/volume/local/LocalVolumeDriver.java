package dev.berth.drivers.volume.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeDriver;
import dev.berth.domain.volume.VolumeName;
import dev.berth.plugins.sdk.AtomicFile;
import dev.berth.plugins.sdk.FileTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * dockerd's {@code local} driver: {@code <root>/<name>/_data} is the volume, {@code <root>/<name>/opts.json} its
 * options and creation time. A volume with a {@code type} has that filesystem mounted on {@code _data} from its
 * first user's mount to its last user's unmount.
 */
public final class LocalVolumeDriver implements VolumeDriver {

    static final String NAME = "local";
    private static final String DATA = "_data";
    private static final String OPTIONS_FILE = "opts.json";

    private record OptionsFile(Map<String, String> options, Instant createdAt) {
    }

    private final Path root;
    private final DeviceMounts devices;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** Mount ids per volume; guarded by {@code this}, as are the mounts and unmounts they decide. */
    private final Map<VolumeName, Set<String>> activeMounts = new HashMap<>();

    public LocalVolumeDriver(Path root) {
        this(root, new MountCommand(), Clock.systemUTC());
    }

    LocalVolumeDriver(Path root, DeviceMounts devices, Clock clock) {
        this.root = root;
        this.devices = devices;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String scope() {
        return "local";
    }

    @Override
    public synchronized Volume create(VolumeName name, Map<String, String> options) {
        LocalVolumeOptions parsed = LocalVolumeOptions.parse(options);
        Optional<Volume> existing = get(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        Path dir = root.resolve(name.value());
        try {
            Files.createDirectories(dir.resolve(DATA));
            AtomicFile.write(dir.resolve(OPTIONS_FILE),
                    json.writeValueAsBytes(new OptionsFile(parsed.asMap(), clock.instant())));
        } catch (IOException e) {
            throw new SystemFault("create " + name + ": " + e.getMessage(), e);
        }
        return get(name).orElseThrow();
    }

    @Override
    public Optional<Volume> get(VolumeName name) {
        Path dir = root.resolve(name.value());
        if (!Files.isDirectory(dir.resolve(DATA))) {
            return Optional.empty();
        }
        OptionsFile recorded = readOptions(dir);
        return Optional.of(new Volume(name, NAME, dir.resolve(DATA), Map.of(), recorded.options(), scope(),
                recorded.createdAt()));
    }

    @Override
    public List<Volume> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Volume> volumes = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.sorted().toList()) {
                validName(entry.getFileName().toString()).flatMap(this::get).ifPresent(volumes::add);
            }
        } catch (IOException e) {
            throw new SystemFault("list volumes in " + root + ": " + e.getMessage(), e);
        }
        return volumes;
    }

    @Override
    public synchronized void remove(VolumeName name) {
        if (!activeMounts.getOrDefault(name, Set.of()).isEmpty()) {
            throw new Conflict("remove " + name + ": volume is in use");
        }
        Path dir = root.resolve(name.value());
        if (devices.isMounted(dir.resolve(DATA))) {
            devices.unmount(dir.resolve(DATA)); // left mounted by a daemon that stopped while it was in use
        }
        try {
            FileTree.delete(dir); // symlinks inside the volume are removed, never followed
        } catch (IOException e) {
            throw new SystemFault("remove " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Path mount(VolumeName name, String mountId) {
        Volume volume = get(name).orElseThrow(() -> new NotFound("get " + name + ": no such volume"));
        Set<String> ids = activeMounts.computeIfAbsent(name, n -> new HashSet<>());
        LocalVolumeOptions options = LocalVolumeOptions.parse(volume.options());
        // After a daemon restart the device of a running container's volume is still mounted: count, don't remount.
        if (ids.isEmpty() && options.mountsDevice() && !devices.isMounted(volume.mountpoint())) {
            devices.mount(options, volume.mountpoint());
        }
        ids.add(mountId);
        return volume.mountpoint();
    }

    @Override
    public synchronized void unmount(VolumeName name, String mountId) {
        Set<String> ids = activeMounts.get(name);
        if (ids == null || !ids.remove(mountId) || !ids.isEmpty()) {
            return;
        }
        activeMounts.remove(name);
        Path data = root.resolve(name.value()).resolve(DATA);
        if (devices.isMounted(data)) {
            devices.unmount(data);
        }
    }

    /** What {@code _data} holds (a mounted device's files while a container uses it), as dockerd measures it. */
    @Override
    public OptionalLong usage(VolumeName name) {
        try {
            return OptionalLong.of(FileTree.size(root.resolve(name.value()).resolve(DATA)));
        } catch (IOException e) {
            throw new SystemFault("cannot measure volume " + name + ": " + e.getMessage(), e);
        }
    }

    /** A volume created before its options file was written (a crash) has no options. */
    private OptionsFile readOptions(Path dir) {
        Path file = dir.resolve(OPTIONS_FILE);
        if (!Files.exists(file)) {
            return new OptionsFile(Map.of(), modified(dir));
        }
        try {
            return json.readValue(file.toFile(), OptionsFile.class);
        } catch (JsonProcessingException e) {
            throw new SystemFault("unreadable volume options " + file + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SystemFault("read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Instant modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir).toInstant();
        } catch (IOException e) {
            throw new SystemFault("stat " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Temp files have names no volume can have; other non-volumes (a metadata file) lack {@code _data}. */
    private static Optional<VolumeName> validName(String fileName) {
        try {
            return Optional.of(new VolumeName(fileName));
        } catch (InvalidParameter notAVolume) {
            return Optional.empty();
        }
    }
}
