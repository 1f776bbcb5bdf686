package dev.berth.application.volume;

import dev.berth.domain.volume.VolumeDriver;

import java.util.List;
import java.util.Optional;

/** Volume drivers beyond the built-in ones, found by name on first use: Docker's volume plugins. */
public interface VolumeDriverLookup {

    /** The driver named {@code name}, activated if needed; empty when there is no such plugin. */
    Optional<VolumeDriver> find(String name);

    /** The drivers already activated, whose volumes {@code docker volume ls} shows. */
    List<VolumeDriver> active();

    static VolumeDriverLookup none() {
        return new VolumeDriverLookup() {
            @Override
            public Optional<VolumeDriver> find(String name) {
                return Optional.empty();
            }

            @Override
            public List<VolumeDriver> active() {
                return List.of();
            }
        };
    }
}
