package dev.berth.application.container;

import dev.berth.domain.container.Container;

import java.time.Instant;
import java.util.List;

/**
 * {@code docker container prune --filter}: every {@code label} must match, no {@code label!} may, and the container
 * must have been created before {@code until} (null: any time).
 */
public record ContainerPruneFilter(List<String> labels, List<String> excludedLabels, Instant until) {

    public ContainerPruneFilter {
        labels = List.copyOf(labels);
        excludedLabels = List.copyOf(excludedLabels);
    }

    boolean selects(Container container) {
        return labels.stream().allMatch(l -> ContainerFilter.labelMatches(container, l))
                && excludedLabels.stream().noneMatch(l -> ContainerFilter.labelMatches(container, l))
                && (until == null || container.created().isBefore(until));
    }
}
