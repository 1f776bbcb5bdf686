package dev.berth.domain.volume;

import java.util.Map;

/** What the volume service records about a volume beside its driver: which driver has it and its labels. */
public record VolumeMetadata(VolumeName name, String driver, Map<String, String> labels) {

    public VolumeMetadata {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
