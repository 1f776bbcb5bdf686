package dev.berth.domain.volume;

import java.util.List;

/** Persists {@link VolumeMetadata} so that labels and driver choices survive a restart. */
public interface VolumeStore {

    List<VolumeMetadata> loadAll();

    void save(VolumeMetadata metadata);

    /** Deleting an unknown name is not an error. */
    void delete(VolumeName name);
}
