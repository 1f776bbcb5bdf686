package dev.berth.application.container;

import dev.berth.domain.container.ContainerId;

import java.util.List;

/** The containers a prune removed and the bytes their writable layers took. */
public record ContainerPruneReport(List<ContainerId> deleted, long spaceReclaimed) {

    public ContainerPruneReport {
        deleted = List.copyOf(deleted);
    }
}
