package dev.berth.application.container;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.runtime.ResourceUsage;

import java.util.Optional;

/** {@code docker stats}: samples of what a container uses, each with the one before it (CPU % needs both). */
public interface ContainerStats {

    /** The container's feed of samples; NotFound ("No such container: x") for an unknown container. */
    Feed open(String ref);

    interface Feed {

        /**
         * A new sample, taken no sooner than the interval after the one before (the first at once). A container
         * that is not running gives empty usage, as dockerd's zeroed stats.
         */
        Sample next();
    }

    /** {@code name} as dockerd's stats carry it, with the leading slash. */
    record Sample(ContainerId id, String name, Optional<ResourceUsage> usage, Optional<ResourceUsage> previous) {
    }
}
