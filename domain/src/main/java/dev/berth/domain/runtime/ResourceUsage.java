package dev.berth.domain.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One sample of what a running container uses, as dockerd's stats report it: CPU time (nanoseconds) beside the
 * host's, memory (bytes; {@code stats} the cgroup's own breakdown), pids, block I/O and the traffic of each network
 * interface of its namespace.
 */
public record ResourceUsage(Instant read, Cpu cpu, Memory memory, Pids pids, BlockIo blockIo,
                            Map<String, Network> networks) {

    public ResourceUsage {
        networks = Map.copyOf(networks);
    }

    /**
     * {@code system} is the host's CPU time since boot, the reference of the CPU % a client computes;
     * {@code perCpu} is empty where the cgroup does not tell it (v2).
     */
    public record Cpu(long total, List<Long> perCpu, long kernel, long user, long system, int onlineCpus,
                      Throttling throttling) {

        public Cpu {
            perCpu = List.copyOf(perCpu);
        }
    }

    public record Throttling(long periods, long throttledPeriods, long throttledTime) {
    }

    /** {@code limit} is the cgroup's, or the host's memory when that is smaller (no limit set). */
    public record Memory(long usage, long maxUsage, long limit, Map<String, Long> stats) {

        public Memory {
            stats = Map.copyOf(stats);
        }
    }

    /** {@code limit} 0: none. */
    public record Pids(long current, long limit) {
    }

    /** Bytes and operations per device and operation ({@code Read}, {@code write}...: the cgroup's words). */
    public record BlockIo(List<Entry> serviceBytes, List<Entry> serviced) {

        public BlockIo {
            serviceBytes = List.copyOf(serviceBytes);
            serviced = List.copyOf(serviced);
        }

        public record Entry(long major, long minor, String op, long value) {
        }
    }

    public record Network(long rxBytes, long rxPackets, long rxErrors, long rxDropped, long txBytes, long txPackets,
                          long txErrors, long txDropped) {
    }
}
