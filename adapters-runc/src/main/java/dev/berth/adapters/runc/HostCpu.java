package dev.berth.adapters.runc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The host's CPU time and online CPUs from {@code /proc/stat}, as dockerd reads them: the first seven columns of
 * the {@code cpu} line (user to softirq, and steal), in USER_HZ ticks, as nanoseconds; one {@code cpuN} line per
 * online CPU.
 */
record HostCpu(long systemUsage, int onlineCpus) {

    private static final long NANOS_PER_TICK = 1_000_000_000L / 100;

    static HostCpu read(Path procStat) throws IOException {
        long ticks = 0;
        int cpus = 0;
        for (String line : Files.readAllLines(procStat)) {
            String[] fields = line.split("\\s+");
            if (fields[0].equals("cpu") && fields.length >= 8) {
                for (int i = 1; i <= 7; i++) {
                    ticks += Long.parseLong(fields[i]);
                }
            } else if (fields[0].matches("cpu[0-9]+")) {
                cpus++;
            }
        }
        return new HostCpu(ticks * NANOS_PER_TICK, cpus);
    }
}
