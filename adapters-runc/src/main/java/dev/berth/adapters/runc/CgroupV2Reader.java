package dev.berth.adapters.runc;

import dev.berth.domain.runtime.ResourceUsage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The unified hierarchy (cgroup v2): every file in {@code root/<path>}; times in microseconds, turned into
 * nanoseconds, and {@code io.stat}'s counters into read and write entries, as dockerd does. v2 has no per-CPU usage.
 */
final class CgroupV2Reader implements CgroupReader {

    private static final long NANOS_PER_MICRO = 1000;

    private final Path root;

    CgroupV2Reader(Path root) {
        this.root = root;
    }

    @Override
    public CgroupSample read(String path) throws IOException {
        Path dir = root.resolve(path.substring(1));
        Map<String, Long> cpu = CgroupFiles.keyed(dir.resolve("cpu.stat"));
        List<ResourceUsage.BlockIo.Entry> bytes = new ArrayList<>();
        List<ResourceUsage.BlockIo.Entry> operations = new ArrayList<>();
        ioStat(dir.resolve("io.stat"), bytes, operations);
        return new CgroupSample(micros(cpu, "usage_usec"), List.of(), micros(cpu, "system_usec"),
                micros(cpu, "user_usec"),
                new ResourceUsage.Throttling(cpu.getOrDefault("nr_periods", 0L), cpu.getOrDefault("nr_throttled", 0L),
                        micros(cpu, "throttled_usec")),
                CgroupFiles.number(dir.resolve("memory.current")), CgroupFiles.number(dir.resolve("memory.peak")),
                CgroupFiles.number(dir.resolve("memory.max")), CgroupFiles.keyed(dir.resolve("memory.stat")),
                new ResourceUsage.Pids(CgroupFiles.number(dir.resolve("pids.current")),
                        CgroupV1Reader.limit(CgroupFiles.number(dir.resolve("pids.max")))),
                new ResourceUsage.BlockIo(bytes, operations));
    }

    private static long micros(Map<String, Long> stat, String key) {
        return stat.getOrDefault(key, 0L) * NANOS_PER_MICRO;
    }

    /** {@code 8:0 rbytes=1 wbytes=2 rios=3 wios=4 dbytes=0 dios=0} per device. */
    private static void ioStat(Path file, List<ResourceUsage.BlockIo.Entry> bytes,
                               List<ResourceUsage.BlockIo.Entry> operations) throws IOException {
        for (String line : CgroupFiles.text(file).orElse("").split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length < 2 || !fields[0].contains(":")) {
                continue;
            }
            String[] device = fields[0].split(":");
            long major = Long.parseLong(device[0]);
            long minor = Long.parseLong(device[1]);
            for (String field : fields) {
                String[] pair = field.split("=", 2);
                if (pair.length != 2) {
                    continue;
                }
                long value = Long.parseLong(pair[1]);
                switch (pair[0]) {
                    case "rbytes" -> bytes.add(new ResourceUsage.BlockIo.Entry(major, minor, "read", value));
                    case "wbytes" -> bytes.add(new ResourceUsage.BlockIo.Entry(major, minor, "write", value));
                    case "rios" -> operations.add(new ResourceUsage.BlockIo.Entry(major, minor, "read", value));
                    case "wios" -> operations.add(new ResourceUsage.BlockIo.Entry(major, minor, "write", value));
                    default -> { } // discards and anything newer kernels add: dockerd shows only these
                }
            }
        }
    }
}
