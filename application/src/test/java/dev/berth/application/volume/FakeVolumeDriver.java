package dev.berth.application.volume;

import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeDriver;
import dev.berth.domain.volume.VolumeName;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A driver that keeps volumes in memory under {@code /fake/<name>}. */
public final class FakeVolumeDriver implements VolumeDriver {

    private final Map<String, Volume> volumes = new ConcurrentSkipListMap<>();
    private final String name;

    public FakeVolumeDriver() {
        this("local");
    }

    public FakeVolumeDriver(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String scope() {
        return "local";
    }

    @Override
    public Volume create(VolumeName name, Map<String, String> options) {
        return volumes.computeIfAbsent(name.value(), n -> new Volume(name, this.name, Path.of("/fake", n), Map.of(),
                options, "local", Instant.EPOCH));
    }

    @Override
    public Optional<Volume> get(VolumeName name) {
        return Optional.ofNullable(volumes.get(name.value()));
    }

    @Override
    public List<Volume> list() {
        return List.copyOf(volumes.values());
    }

    @Override
    public void remove(VolumeName name) {
        volumes.remove(name.value());
    }

    @Override
    public Path mount(VolumeName name, String mountId) {
        return get(name).orElseThrow().mountpoint();
    }

    @Override
    public void unmount(VolumeName name, String mountId) {
    }
}
