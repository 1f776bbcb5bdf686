package dev.berth.application.volume;

import dev.berth.domain.volume.Volume;

import java.util.List;

/**
 * {@code docker volume prune}: unused volumes whose labels match every {@code label} and no {@code label!}. From
 * API 1.42 dockerd prunes only anonymous volumes unless {@code all} is set: {@code anonymousOnly} says which rule.
 */
public record VolumePruneFilter(List<String> labels, List<String> excludedLabels, boolean anonymousOnly) {

    public VolumePruneFilter {
        labels = List.copyOf(labels);
        excludedLabels = List.copyOf(excludedLabels);
    }

    boolean selects(Volume volume) {
        return (!anonymousOnly || volume.anonymous())
                && labels.stream().allMatch(l -> VolumeLabels.matches(volume.labels(), l))
                && excludedLabels.stream().noneMatch(l -> VolumeLabels.matches(volume.labels(), l));
    }
}
