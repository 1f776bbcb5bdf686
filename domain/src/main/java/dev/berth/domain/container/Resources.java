package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

import java.util.List;

/**
 * The cgroup limits and rlimits of a container ({@code HostConfig} Memory, NanoCpus, CpuShares, ... Ulimits).
 * Zero (or null) means "not set", as in the API. {@code pidsLimit} 0 or -1 means unlimited.
 */
public record Resources(
        long memory,
        long memorySwap,
        long memoryReservation,
        long nanoCpus,
        long cpuShares,
        long cpuPeriod,
        long cpuQuota,
        String cpusetCpus,
        String cpusetMems,
        Long pidsLimit,
        List<Ulimit> ulimits) {

    /** dockerd's smallest memory limit. */
    static final long MIN_MEMORY = 6 * 1024 * 1024;
    /** The CFS period dockerd uses for {@code --cpus}. */
    public static final long NANO_CPU_PERIOD = 100_000;

    public static final Resources NONE = new Resources(0, 0, 0, 0, 0, 0, 0, "", "", null, List.of());

    /** A process rlimit ({@code --ulimit nofile=1024:2048}); the name lacks the {@code RLIMIT_} prefix. */
    public record Ulimit(String name, long soft, long hard) {

        public Ulimit {
            if (soft > hard) {
                throw new InvalidParameter("ulimit soft limit must be less than or equal to hard limit: "
                        + soft + " > " + hard);
            }
        }
    }

    public Resources {
        cpusetCpus = cpusetCpus == null ? "" : cpusetCpus;
        cpusetMems = cpusetMems == null ? "" : cpusetMems;
        ulimits = ulimits == null ? List.of() : List.copyOf(ulimits);
    }

    /** Checks the combination as dockerd does at create and update, and fills in its defaults. */
    public Resources validated() {
        if (memory != 0 && memory < MIN_MEMORY) {
            throw new InvalidParameter("Minimum memory limit allowed is 6MB");
        }
        if (memory > 0 && memorySwap > 0 && memorySwap < memory) {
            throw new InvalidParameter(
                    "Minimum memoryswap limit should be larger than memory limit, see usage");
        }
        if (memory == 0 && memorySwap > 0) {
            throw new InvalidParameter(
                    "You should always set the Memory limit when using Memoryswap limit, see usage");
        }
        if (nanoCpus != 0 && (cpuPeriod != 0 || cpuQuota != 0)) {
            throw new InvalidParameter("Conflicting options: Nano CPUs and CPU Period cannot both be set");
        }
        if (nanoCpus < 0 || nanoCpus > (long) Runtime.getRuntime().availableProcessors() * 1_000_000_000L) {
            throw new InvalidParameter("Range of CPUs is from 0.01 to "
                    + Runtime.getRuntime().availableProcessors() + ".00, as there are only "
                    + Runtime.getRuntime().availableProcessors() + " CPUs available");
        }
        if (cpuPeriod != 0 && (cpuPeriod < 1000 || cpuPeriod > 1_000_000)) {
            throw new InvalidParameter("CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s "
                    + "(i.e. 1000000)");
        }
        if (cpuQuota > 0 && cpuQuota < 1000) {
            throw new InvalidParameter("CPU cfs quota can not be less than 1ms (i.e. 1000)");
        }
        // dockerd: by default a container may swap as much as its memory limit.
        long swap = memory > 0 && memorySwap == 0 ? memory * 2 : memorySwap;
        return new Resources(memory, swap, memoryReservation, nanoCpus, cpuShares, cpuPeriod, cpuQuota, cpusetCpus,
                cpusetMems, pidsLimit, ulimits);
    }

    /** The CFS quota and period the kernel gets: {@code --cpus} as a quota per 100 ms, else the raw values. */
    public long effectiveCpuQuota() {
        return nanoCpus > 0 ? nanoCpus * NANO_CPU_PERIOD / 1_000_000_000L : cpuQuota;
    }

    public long effectiveCpuPeriod() {
        return nanoCpus > 0 ? NANO_CPU_PERIOD : cpuPeriod;
    }

    /**
     * {@code docker update}: every value the request sets (non-zero, non-empty) replaces this one; a memory
     * limit raised above the old swap limit without a new swap limit takes dockerd's "twice the memory".
     */
    public Resources updatedWith(Resources change) {
        long newMemory = change.memory != 0 ? change.memory : memory;
        long newSwap = change.memorySwap != 0 ? change.memorySwap
                : change.memory != 0 && memorySwap > 0 && memorySwap < newMemory ? newMemory * 2 : memorySwap;
        Resources merged = new Resources(newMemory, newSwap,
                change.memoryReservation != 0 ? change.memoryReservation : memoryReservation,
                change.nanoCpus != 0 ? change.nanoCpus : nanoCpus,
                change.cpuShares != 0 ? change.cpuShares : cpuShares,
                change.cpuPeriod != 0 ? change.cpuPeriod : cpuPeriod,
                change.cpuQuota != 0 ? change.cpuQuota : cpuQuota,
                change.cpusetCpus.isEmpty() ? cpusetCpus : change.cpusetCpus,
                change.cpusetMems.isEmpty() ? cpusetMems : change.cpusetMems,
                change.pidsLimit != null ? change.pidsLimit : pidsLimit,
                ulimits);
        return merged.validated();
    }
}
