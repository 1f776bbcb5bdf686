package dev.berth.adapters.runc;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.runtime.ResourceUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A whole sample from fake cgroup and /proc trees: the inputs of the client's CPU % (the container's and the host's
 * CPU time, online CPUs), the memory limit capped at the host's memory, the namespace's interfaces without lo.
 */
class CgroupMetricsTest {

    private static final ContainerId ID = new ContainerId("a".repeat(64));
    private static final Instant NOW = Instant.parse("2024-05-06T07:08:09Z");

    @TempDir
    Path temp;

    private void write(String file, String content) throws Exception {
        Path target = temp.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content);
    }

    @Test
    void combinesTheCgroupWithTheHostsCpuTimeMemoryAndTheNamespacesInterfaces() throws Exception {
        String cgroup = "cgroup/berth/" + ID.value() + "/";
        write(cgroup + "cpu.stat", "usage_usec 1000\nuser_usec 600\nsystem_usec 400\n");
        write(cgroup + "memory.current", "4096\n");
        write(cgroup + "memory.max", "max\n");
        write("proc/stat", """
                cpu  100 5 50 1000 10 0 3 2 0 0
                cpu0 50 2 25 500 5 0 2 1 0 0
                cpu1 50 3 25 500 5 0 1 1 0 0
                intr 12345
                """);
        write("proc/meminfo", "MemTotal:        2048 kB\nMemFree:          1024 kB\n");
        write("proc/77/net/dev", """
                Inter-|   Receive                                                |  Transmit
                 face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
                    lo:     100       1    0    0    0     0          0         0      100       1    0    0    0     0       0          0
                  eth0:    1500      10    1    2    0     0          0         0      900       6    3    4    0     0       0          0
                """);
        var metrics = new CgroupMetrics(new CgroupV2Reader(temp.resolve("cgroup")), temp.resolve("proc"), "berth",
                Clock.fixed(NOW, ZoneOffset.UTC));

        ResourceUsage usage = metrics.sample(ID, 77);

        assertEquals(NOW, usage.read());
        assertEquals(1_000_000, usage.cpu().total());
        assertEquals((100 + 5 + 50 + 1000 + 10 + 0 + 3) * 10_000_000L, usage.cpu().system());
        assertEquals(2, usage.cpu().onlineCpus());
        assertEquals(2048 * 1024, usage.memory().limit());
        assertEquals(4096, usage.memory().usage());
        assertEquals(Map.of("eth0", new ResourceUsage.Network(1500, 10, 1, 2, 900, 6, 3, 4)), usage.networks());
        assertEquals(List.of(), usage.blockIo().serviceBytes());
    }
}
