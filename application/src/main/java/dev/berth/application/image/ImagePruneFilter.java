package dev.berth.application.image;

import java.time.Instant;
import java.util.List;

/**
 * Which images {@code docker image prune} removes: unused ones, only the dangling ones unless
 * {@code danglingOnly} is false, having every {@code labels} entry and none of {@code excludedLabels}
 * ({@code key} or {@code key=value}), created before {@code until} (null: any time).
 */
public record ImagePruneFilter(boolean danglingOnly, List<String> labels, List<String> excludedLabels,
                               Instant until) {

    public ImagePruneFilter {
        labels = List.copyOf(labels);
        excludedLabels = List.copyOf(excludedLabels);
    }
}
