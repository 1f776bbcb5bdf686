package dev.berth.adapters.runc;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.runtime.ContainerMetrics;
import dev.berth.domain.runtime.ResourceUsage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code docker stats} from the container's cgroup (v2 when the host mounts the unified hierarchy at the cgroup
 * root, else v1's per-controller hierarchies, as runc chose when it made it), the host's {@code /proc/stat} and the
 * container's {@code /proc/<pid>/net/dev}. With no memory limit the host's memory is the limit, as dockerd says.
 */
public final class CgroupMetrics implements ContainerMetrics {

    private final CgroupReader cgroups;
    private final Path proc;
    private final String cgroupParent;
    private final Clock clock;

    CgroupMetrics(CgroupReader cgroups, Path proc, String cgroupParent, Clock clock) {
        this.cgroups = cgroups;
        this.proc = proc;
        this.cgroupParent = cgroupParent;
        this.clock = clock;
    }

    /** The host's own cgroup tree and /proc, for containers under {@code cgroupParent}. */
    public static CgroupMetrics forHost(String cgroupParent, Clock clock) {
        Path root = Path.of("/sys/fs/cgroup");
        CgroupReader reader = Files.exists(root.resolve("cgroup.controllers")) ? new CgroupV2Reader(root)
                : new CgroupV1Reader(root);
        return new CgroupMetrics(reader, Path.of("/proc"), cgroupParent, clock);
    }

    @Override
    public ResourceUsage sample(ContainerId id, int pid) {
        try {
            var read = clock.instant();
            CgroupSample cgroup = cgroups.read(CgroupPath.of(cgroupParent, id));
            HostCpu host = HostCpu.read(proc.resolve("stat"));
            long machine = machineMemory();
            long limit = machine > 0 && cgroup.memoryLimit() > machine ? machine : cgroup.memoryLimit();
            return new ResourceUsage(read,
                    new ResourceUsage.Cpu(cgroup.cpuTotal(), cgroup.perCpu(), cgroup.cpuKernel(), cgroup.cpuUser(),
                            host.systemUsage(), host.onlineCpus(), cgroup.throttling()),
                    new ResourceUsage.Memory(cgroup.memoryUsage(), cgroup.memoryMaxUsage(), limit,
                            cgroup.memoryStats()),
                    cgroup.pids(), cgroup.blockIo(), NetDev.read(proc.resolve(pid + "/net/dev")));
        } catch (IOException | RuntimeException e) {
            throw new SystemFault("cannot read the stats of container " + id + ": " + e.getMessage(), e);
        }
    }

    /** {@code MemTotal:  24683584 kB}. */
    private long machineMemory() throws IOException {
        for (String line : Files.readAllLines(proc.resolve("meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.substring("MemTotal:".length()).replace("kB", "").strip()) * 1024;
            }
        }
        return 0;
    }
}
