package dev.berth.application.system;

import java.util.Set;

/** {@code docker system df}: the disk usage of the kinds of objects asked for. */
@FunctionalInterface
public interface DiskUsageQuery {

    DiskUsage report(Set<DiskUsage.Kind> kinds);
}
