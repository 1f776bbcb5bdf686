package dev.berth.adapters.runc;

import dev.berth.domain.runtime.ResourceUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The v1 and v2 cgroup readers on fake cgroup trees, in the kernel's file formats. */
class CgroupReadersTest {

    private static final String PATH = "/berth/abc";

    @TempDir
    Path root;

    private void write(String file, String content) throws Exception {
        Path target = root.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content);
    }

    @Test
    void v2ReadsTheUnifiedFilesInNanosecondsAndBytes() throws Exception {
        write("berth/abc/cpu.stat", """
                usage_usec 2500
                user_usec 2000
                system_usec 500
                nr_periods 10
                nr_throttled 2
                throttled_usec 30
                """);
        write("berth/abc/memory.current", "1048576\n");
        write("berth/abc/memory.max", "max\n");
        write("berth/abc/memory.stat", "anon 4096\nfile 8192\ninactive_file 1024\n");
        write("berth/abc/pids.current", "3\n");
        write("berth/abc/pids.max", "100\n");
        write("berth/abc/io.stat", "8:0 rbytes=4096 wbytes=512 rios=4 wios=1 dbytes=0 dios=0\n");

        CgroupSample sample = new CgroupV2Reader(root).read(PATH);

        assertEquals(2_500_000, sample.cpuTotal());
        assertEquals(List.of(), sample.perCpu());
        assertEquals(500_000, sample.cpuKernel());
        assertEquals(2_000_000, sample.cpuUser());
        assertEquals(new ResourceUsage.Throttling(10, 2, 30_000), sample.throttling());
        assertEquals(1048576, sample.memoryUsage());
        assertEquals(CgroupFiles.UNLIMITED, sample.memoryLimit());
        assertEquals(Map.of("anon", 4096L, "file", 8192L, "inactive_file", 1024L), sample.memoryStats());
        assertEquals(new ResourceUsage.Pids(3, 100), sample.pids());
        assertEquals(List.of(new ResourceUsage.BlockIo.Entry(8, 0, "read", 4096),
                new ResourceUsage.BlockIo.Entry(8, 0, "write", 512)), sample.blockIo().serviceBytes());
        assertEquals(List.of(new ResourceUsage.BlockIo.Entry(8, 0, "read", 4),
                new ResourceUsage.BlockIo.Entry(8, 0, "write", 1)), sample.blockIo().serviced());
    }

    @Test
    void v1ReadsEachControllersHierarchy() throws Exception {
        write("cpuacct/berth/abc/cpuacct.usage", "3000000\n");
        write("cpuacct/berth/abc/cpuacct.usage_percpu", "1000000 2000000 \n");
        write("cpuacct/berth/abc/cpuacct.stat", "user 20\nsystem 5\n");
        write("cpu/berth/abc/cpu.stat", "nr_periods 7\nnr_throttled 1\nthrottled_time 99\n");
        write("memory/berth/abc/memory.usage_in_bytes", "2097152\n");
        write("memory/berth/abc/memory.max_usage_in_bytes", "4194304\n");
        write("memory/berth/abc/memory.limit_in_bytes", "9223372036854771712\n");
        write("memory/berth/abc/memory.stat", "cache 4096\nrss 8192\ntotal_inactive_file 512\n");
        write("pids/berth/abc/pids.current", "2\n");
        write("pids/berth/abc/pids.max", "max\n");
        write("blkio/berth/abc/blkio.throttle.io_service_bytes_recursive",
                "8:0 Read 4096\n8:0 Write 8192\n8:0 Sync 0\nTotal 12288\n");
        write("blkio/berth/abc/blkio.throttle.io_serviced_recursive", "8:0 Read 1\n8:0 Write 2\nTotal 3\n");

        CgroupSample sample = new CgroupV1Reader(root).read(PATH);

        assertEquals(3_000_000, sample.cpuTotal());
        assertEquals(List.of(1_000_000L, 2_000_000L), sample.perCpu());
        assertEquals(50_000_000, sample.cpuKernel());
        assertEquals(200_000_000, sample.cpuUser());
        assertEquals(new ResourceUsage.Throttling(7, 1, 99), sample.throttling());
        assertEquals(2097152, sample.memoryUsage());
        assertEquals(4194304, sample.memoryMaxUsage());
        assertEquals(9223372036854771712L, sample.memoryLimit());
        assertEquals(512L, sample.memoryStats().get("total_inactive_file"));
        assertEquals(new ResourceUsage.Pids(2, 0), sample.pids());
        assertEquals(List.of(new ResourceUsage.BlockIo.Entry(8, 0, "Read", 4096),
                new ResourceUsage.BlockIo.Entry(8, 0, "Write", 8192), new ResourceUsage.BlockIo.Entry(8, 0, "Sync", 0)),
                sample.blockIo().serviceBytes());
        assertEquals(2, sample.blockIo().serviced().size());
    }

    @Test
    void missingControllersReadAsZero() throws Exception {
        CgroupSample sample = new CgroupV2Reader(root).read(PATH);

        assertEquals(0, sample.cpuTotal());
        assertEquals(0, sample.memoryUsage());
        assertEquals(new ResourceUsage.Pids(0, 0), sample.pids());
        assertEquals(List.of(), sample.blockIo().serviceBytes());
    }
}
