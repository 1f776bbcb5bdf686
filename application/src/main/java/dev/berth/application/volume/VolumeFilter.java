package dev.berth.application.volume;

import dev.berth.domain.volume.Volume;

import java.util.List;
import java.util.function.Predicate;

/**
 * {@code docker volume ls --filter}: {@code name} (substring), {@code label}, {@code driver}, {@code dangling}.
 * Values of one filter are alternatives, except labels, which must all match; filters combine with "and".
 */
public record VolumeFilter(List<String> names, List<String> labels, List<String> drivers, Boolean dangling) {

    public static final VolumeFilter NONE = new VolumeFilter(List.of(), List.of(), List.of(), null);

    public VolumeFilter {
        names = List.copyOf(names);
        labels = List.copyOf(labels);
        drivers = List.copyOf(drivers);
    }

    Predicate<Volume> predicate(Predicate<Volume> inUse) {
        return v -> (names.isEmpty() || names.stream().anyMatch(n -> v.name().value().contains(n)))
                && labels.stream().allMatch(l -> VolumeLabels.matches(v.labels(), l))
                && (drivers.isEmpty() || drivers.contains(v.driver()))
                && (dangling == null || dangling != inUse.test(v));
    }
}
