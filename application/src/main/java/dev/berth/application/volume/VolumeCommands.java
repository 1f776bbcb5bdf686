package dev.berth.application.volume;

import dev.berth.domain.volume.Volume;

/** Changing volumes: {@code docker volume create}, {@code rm} and {@code prune}. */
public interface VolumeCommands {

    Volume create(VolumeCreateRequest request);

    /** Conflict while a container uses the volume; with {@code force} an unknown name is not an error. */
    void remove(String name, boolean force);

    VolumePruneReport prune(VolumePruneFilter filter);
}
