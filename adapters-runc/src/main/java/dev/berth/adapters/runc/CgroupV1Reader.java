package dev.berth.adapters.runc;

import dev.berth.domain.runtime.ResourceUsage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * cgroup v1: one hierarchy per controller under {@code root} ({@code cpuacct/<path>/cpuacct.usage},
 * {@code memory/<path>/memory.stat}...), read as runc's libcontainer does for dockerd.
 */
final class CgroupV1Reader implements CgroupReader {

    /** cpuacct.stat counts in USER_HZ ticks. */
    private static final long NANOS_PER_TICK = 1_000_000_000L / 100;

    private final Path root;

    CgroupV1Reader(Path root) {
        this.root = root;
    }

    @Override
    public CgroupSample read(String path) throws IOException {
        Path cpuacct = controller("cpuacct", path);
        Map<String, Long> ticks = CgroupFiles.keyed(cpuacct.resolve("cpuacct.stat"));
        Map<String, Long> cpu = CgroupFiles.keyed(controller("cpu", path).resolve("cpu.stat"));
        Path memory = controller("memory", path);
        Path pids = controller("pids", path);
        Path blkio = controller("blkio", path);
        return new CgroupSample(CgroupFiles.number(cpuacct.resolve("cpuacct.usage")),
                CgroupFiles.numbers(cpuacct.resolve("cpuacct.usage_percpu")),
                ticks.getOrDefault("system", 0L) * NANOS_PER_TICK, ticks.getOrDefault("user", 0L) * NANOS_PER_TICK,
                new ResourceUsage.Throttling(cpu.getOrDefault("nr_periods", 0L), cpu.getOrDefault("nr_throttled", 0L),
                        cpu.getOrDefault("throttled_time", 0L)),
                CgroupFiles.number(memory.resolve("memory.usage_in_bytes")),
                CgroupFiles.number(memory.resolve("memory.max_usage_in_bytes")),
                CgroupFiles.number(memory.resolve("memory.limit_in_bytes")),
                CgroupFiles.keyed(memory.resolve("memory.stat")),
                new ResourceUsage.Pids(CgroupFiles.number(pids.resolve("pids.current")),
                        limit(CgroupFiles.number(pids.resolve("pids.max")))),
                new ResourceUsage.BlockIo(blkio(blkio.resolve("blkio.throttle.io_service_bytes_recursive")),
                        blkio(blkio.resolve("blkio.throttle.io_serviced_recursive"))));
    }

    private Path controller(String name, String path) {
        return root.resolve(name).resolve(path.substring(1));
    }

    /** No pids limit reads as 0, as dockerd reports it. */
    static long limit(long max) {
        return max == CgroupFiles.UNLIMITED ? 0 : max;
    }

    /** {@code 8:0 Read 4096} lines; the {@code Total} line is a sum, left out. */
    private static List<ResourceUsage.BlockIo.Entry> blkio(Path file) throws IOException {
        List<ResourceUsage.BlockIo.Entry> entries = new ArrayList<>();
        for (String line : CgroupFiles.text(file).orElse("").split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length == 3 && fields[0].contains(":")) {
                String[] device = fields[0].split(":");
                entries.add(new ResourceUsage.BlockIo.Entry(Long.parseLong(device[0]), Long.parseLong(device[1]),
                        fields[1], Long.parseLong(fields[2])));
            }
        }
        return entries;
    }
}
