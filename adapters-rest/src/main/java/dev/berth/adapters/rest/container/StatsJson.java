package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.common.ApiTime;
import dev.berth.application.container.ContainerStats;
import dev.berth.domain.runtime.ResourceUsage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One answer of {@code GET /containers/{id}/stats}, dockerd's {@code StatsJSON} for Linux: its snake_case names,
 * its omitted empty fields, and its zeroed shape (times at the zero time) for a container that is not running.
 */
public record StatsJson(String read, String preread, @JsonProperty("pids_stats") PidsJson pidsStats,
                        @JsonProperty("blkio_stats") BlkioJson blkioStats, @JsonProperty("num_procs") int numProcs,
                        @JsonProperty("storage_stats") Map<String, Object> storageStats,
                        @JsonProperty("cpu_stats") CpuJson cpuStats, @JsonProperty("precpu_stats") CpuJson precpuStats,
                        @JsonProperty("memory_stats") MemoryJson memoryStats, String name, String id,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, NetworkJson> networks) {

    static StatsJson from(ContainerStats.Sample sample) {
        Optional<ResourceUsage> now = sample.usage();
        Optional<ResourceUsage> before = sample.previous();
        return new StatsJson(time(now), time(before), now.map(u -> new PidsJson(u.pids().current(), u.pids().limit()))
                .orElse(new PidsJson(0, 0)), now.map(u -> BlkioJson.from(u.blockIo())).orElse(BlkioJson.EMPTY), 0,
                Map.of(), CpuJson.from(now), CpuJson.from(before), now.map(u -> MemoryJson.from(u.memory()))
                .orElse(MemoryJson.EMPTY), sample.name(), sample.id().value(),
                now.map(u -> NetworkJson.from(u.networks())).orElse(Map.of()));
    }

    private static String time(Optional<ResourceUsage> usage) {
        return usage.map(u -> ApiTime.format(u.read())).orElse(ApiTime.ZERO);
    }

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record PidsJson(long current, long limit) {
    }

    /** dockerd fills only the two recursive lists on Linux; the others stay null. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BlkioJson(@JsonProperty("io_service_bytes_recursive") List<EntryJson> serviceBytes,
                            @JsonProperty("io_serviced_recursive") List<EntryJson> serviced,
                            @JsonProperty("io_queue_recursive") List<EntryJson> queue,
                            @JsonProperty("io_service_time_recursive") List<EntryJson> serviceTime,
                            @JsonProperty("io_wait_time_recursive") List<EntryJson> waitTime,
                            @JsonProperty("io_merged_recursive") List<EntryJson> merged,
                            @JsonProperty("io_time_recursive") List<EntryJson> time,
                            @JsonProperty("sectors_recursive") List<EntryJson> sectors) {

        static final BlkioJson EMPTY = new BlkioJson(null, null, null, null, null, null, null, null);

        static BlkioJson from(ResourceUsage.BlockIo io) {
            return new BlkioJson(EntryJson.from(io.serviceBytes()), EntryJson.from(io.serviced()), null, null, null,
                    null, null, null);
        }
    }

    public record EntryJson(long major, long minor, String op, long value) {

        static List<EntryJson> from(List<ResourceUsage.BlockIo.Entry> entries) {
            return entries.isEmpty() ? null
                    : entries.stream().map(e -> new EntryJson(e.major(), e.minor(), e.op(), e.value())).toList();
        }
    }

    public record CpuJson(@JsonProperty("cpu_usage") CpuUsageJson cpuUsage,
                          @JsonProperty("system_cpu_usage") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
                          long systemCpuUsage,
                          @JsonProperty("online_cpus") @JsonInclude(JsonInclude.Include.NON_DEFAULT) int onlineCpus,
                          @JsonProperty("throttling_data") ThrottlingJson throttlingData) {

        static CpuJson from(Optional<ResourceUsage> usage) {
            return usage.map(u -> u.cpu()).map(c -> new CpuJson(new CpuUsageJson(c.total(),
                            c.perCpu().isEmpty() ? null : c.perCpu(), c.kernel(), c.user()), c.system(), c.onlineCpus(),
                            new ThrottlingJson(c.throttling().periods(), c.throttling().throttledPeriods(),
                                    c.throttling().throttledTime())))
                    .orElse(new CpuJson(new CpuUsageJson(0, null, 0, 0), 0, 0, new ThrottlingJson(0, 0, 0)));
        }
    }

    public record CpuUsageJson(@JsonProperty("total_usage") long totalUsage,
                               @JsonProperty("percpu_usage") @JsonInclude(JsonInclude.Include.NON_NULL)
                               List<Long> percpuUsage,
                               @JsonProperty("usage_in_kernelmode") long usageInKernelmode,
                               @JsonProperty("usage_in_usermode") long usageInUsermode) {
    }

    public record ThrottlingJson(long periods, @JsonProperty("throttled_periods") long throttledPeriods,
                                 @JsonProperty("throttled_time") long throttledTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record MemoryJson(long usage, @JsonProperty("max_usage") long maxUsage,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Long> stats, long limit) {

        static final MemoryJson EMPTY = new MemoryJson(0, 0, Map.of(), 0);

        static MemoryJson from(ResourceUsage.Memory memory) {
            return new MemoryJson(memory.usage(), memory.maxUsage(), memory.stats(), memory.limit());
        }
    }

    public record NetworkJson(@JsonProperty("rx_bytes") long rxBytes, @JsonProperty("rx_packets") long rxPackets,
                              @JsonProperty("rx_errors") long rxErrors, @JsonProperty("rx_dropped") long rxDropped,
                              @JsonProperty("tx_bytes") long txBytes, @JsonProperty("tx_packets") long txPackets,
                              @JsonProperty("tx_errors") long txErrors, @JsonProperty("tx_dropped") long txDropped) {

        static Map<String, NetworkJson> from(Map<String, ResourceUsage.Network> networks) {
            Map<String, NetworkJson> json = new java.util.TreeMap<>();
            networks.forEach((name, n) -> json.put(name, new NetworkJson(n.rxBytes(), n.rxPackets(), n.rxErrors(),
                    n.rxDropped(), n.txBytes(), n.txPackets(), n.txErrors(), n.txDropped())));
            return json;
        }
    }
}
