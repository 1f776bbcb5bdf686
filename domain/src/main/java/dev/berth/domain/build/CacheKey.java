package dev.berth.domain.build;

import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.ImageConfig;

import java.util.Optional;

/**
 * What a build step's result must be to be reused instead of run, after dockerd's classic cache: an image made
 * from the same parent (same layers and history, one more history step) by the same instruction ({@code createdBy},
 * which for COPY and ADD names the checksum of the files and for RUN the build arguments), with the config the step
 * would give. {@code parent} is empty for a step on {@code scratch}.
 */
public record CacheKey(Optional<ImageConfig> parent, String createdBy, ContainerDefaults config) {

    public boolean matches(ImageConfig candidate) {
        var parentDiffIds = parent.map(ImageConfig::diffIds).orElse(java.util.List.of());
        var parentHistory = parent.map(ImageConfig::history).orElse(java.util.List.of());
        var history = candidate.history();
        var diffIds = candidate.diffIds();
        return history.size() == parentHistory.size() + 1
                && history.subList(0, parentHistory.size()).equals(parentHistory)
                && createdBy.equals(history.getLast().createdBy())
                && diffIds.size() >= parentDiffIds.size() && diffIds.size() <= parentDiffIds.size() + 1
                && diffIds.subList(0, parentDiffIds.size()).equals(parentDiffIds)
                && config.equals(candidate.config());
    }
}
