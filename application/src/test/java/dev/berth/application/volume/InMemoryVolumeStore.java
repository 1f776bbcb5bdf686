package dev.berth.application.volume;

import dev.berth.domain.volume.VolumeMetadata;
import dev.berth.domain.volume.VolumeName;
import dev.berth.domain.volume.VolumeStore;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A volume store that forgets everything when the test ends. */
public final class InMemoryVolumeStore implements VolumeStore {

    private final Map<VolumeName, VolumeMetadata> entries = new ConcurrentHashMap<>();

    @Override
    public List<VolumeMetadata> loadAll() {
        return List.copyOf(entries.values());
    }

    @Override
    public void save(VolumeMetadata metadata) {
        entries.put(metadata.name(), metadata);
    }

    @Override
    public void delete(VolumeName name) {
        entries.remove(name);
    }
}
