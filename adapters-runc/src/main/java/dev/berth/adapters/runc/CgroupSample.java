package dev.berth.adapters.runc;

import dev.berth.domain.runtime.ResourceUsage;

import java.util.List;
import java.util.Map;

/**
 * What a container's cgroup tells (v1 or v2), in nanoseconds and bytes; {@code memoryLimit} is
 * {@link CgroupFiles#UNLIMITED} when none is set.
 */
record CgroupSample(long cpuTotal, List<Long> perCpu, long cpuKernel, long cpuUser,
                    ResourceUsage.Throttling throttling, long memoryUsage, long memoryMaxUsage, long memoryLimit,
                    Map<String, Long> memoryStats, ResourceUsage.Pids pids, ResourceUsage.BlockIo blockIo) {
}
