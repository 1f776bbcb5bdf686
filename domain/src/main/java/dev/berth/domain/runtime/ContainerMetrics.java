package dev.berth.domain.runtime;

import dev.berth.domain.container.ContainerId;

/** Reads what a running container uses (its cgroup, its network namespace) for {@code docker stats}. */
public interface ContainerMetrics {

    /** {@code pid} is the container's first process, whose namespace holds its network interfaces. */
    ResourceUsage sample(ContainerId id, int pid);
}
