package dev.berth.adapters.runc;

import dev.berth.domain.container.Resources;

import java.util.List;

/** A container's limits as the OCI {@code linux.resources} section: what runc writes to the cgroup (v1 or v2). */
final class CgroupResources {

    private CgroupResources() {
    }

    /** The limits with {@code devices} (null for {@code runc update}, which leaves the device rules alone). */
    static OciSpec.Resources of(Resources r, List<OciSpec.DeviceRule> devices) {
        OciSpec.Memory memory = r.memory() == 0 && r.memoryReservation() == 0 ? null
                : new OciSpec.Memory(positive(r.memory()), positive(r.memoryReservation()),
                        r.memorySwap() == 0 ? null : r.memorySwap());
        long quota = r.effectiveCpuQuota();
        long period = r.effectiveCpuPeriod();
        OciSpec.Cpu cpu = r.cpuShares() == 0 && quota == 0 && period == 0 && r.cpusetCpus().isEmpty()
                && r.cpusetMems().isEmpty() ? null
                : new OciSpec.Cpu(positive(r.cpuShares()), quota == 0 ? null : quota, positive(period),
                        blankToNull(r.cpusetCpus()), blankToNull(r.cpusetMems()));
        // 0 and -1 both mean unlimited in the API; runc wants -1.
        OciSpec.Pids pids = r.pidsLimit() == null || r.pidsLimit() == 0 ? null
                : new OciSpec.Pids(r.pidsLimit() < 0 ? -1 : r.pidsLimit());
        return new OciSpec.Resources(devices, memory, cpu, pids);
    }

    private static Long positive(long value) {
        return value > 0 ? value : null;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
