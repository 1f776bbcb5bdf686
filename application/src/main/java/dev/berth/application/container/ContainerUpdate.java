package dev.berth.application.container;

import dev.berth.domain.container.Resources;
import dev.berth.domain.container.RestartPolicy;

/**
 * What {@code docker update} changes: the limits it sets (zero values keep the current ones) and, when not null,
 * the restart policy.
 */
public record ContainerUpdate(Resources resources, RestartPolicy restartPolicy) {

    public ContainerUpdate {
        resources = resources == null ? Resources.NONE : resources;
    }
}
