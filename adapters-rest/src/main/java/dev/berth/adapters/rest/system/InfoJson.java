package dev.berth.adapters.rest.system;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.system.SystemSummary;

import java.util.List;
import java.util.Map;

/** {@code GET /info}: the fields {@code docker info} prints. */
public record InfoJson(
        @JsonProperty("ID") String id,
        @JsonProperty("Containers") int containers,
        @JsonProperty("ContainersRunning") int containersRunning,
        @JsonProperty("ContainersPaused") int containersPaused,
        @JsonProperty("ContainersStopped") int containersStopped,
        @JsonProperty("Images") int images,
        @JsonProperty("Driver") String driver,
        @JsonProperty("DriverStatus") List<List<String>> driverStatus,
        @JsonProperty("Plugins") Map<String, List<String>> plugins,
        @JsonProperty("MemoryLimit") boolean memoryLimit,
        @JsonProperty("SwapLimit") boolean swapLimit,
        @JsonProperty("CpuCfsPeriod") boolean cpuCfsPeriod,
        @JsonProperty("CpuCfsQuota") boolean cpuCfsQuota,
        @JsonProperty("CPUShares") boolean cpuShares,
        @JsonProperty("CPUSet") boolean cpuSet,
        @JsonProperty("PidsLimit") boolean pidsLimit,
        @JsonProperty("IPv4Forwarding") boolean ipv4Forwarding,
        @JsonProperty("Debug") boolean debug,
        @JsonProperty("NFd") int nfd,
        @JsonProperty("NGoroutines") int ngoroutines,
        @JsonProperty("SystemTime") String systemTime,
        @JsonProperty("LoggingDriver") String loggingDriver,
        @JsonProperty("CgroupDriver") String cgroupDriver,
        @JsonProperty("CgroupVersion") String cgroupVersion,
        @JsonProperty("KernelVersion") String kernelVersion,
        @JsonProperty("OperatingSystem") String operatingSystem,
        @JsonProperty("OSType") String osType,
        @JsonProperty("Architecture") String architecture,
        @JsonProperty("NCPU") int ncpu,
        @JsonProperty("MemTotal") long memTotal,
        @JsonProperty("DockerRootDir") String dockerRootDir,
        @JsonProperty("Name") String name,
        @JsonProperty("Labels") List<String> labels,
        @JsonProperty("ExperimentalBuild") boolean experimentalBuild,
        @JsonProperty("ServerVersion") String serverVersion,
        @JsonProperty("Runtimes") Map<String, Map<String, String>> runtimes,
        @JsonProperty("DefaultRuntime") String defaultRuntime,
        @JsonProperty("LiveRestoreEnabled") boolean liveRestoreEnabled,
        @JsonProperty("SecurityOptions") List<String> securityOptions,
        @JsonProperty("Warnings") List<String> warnings) {

    public static InfoJson from(SystemSummary s) {
        var d = s.daemon();
        return new InfoJson(d.name(), s.containers(), s.running(), s.paused(), s.stopped(), s.images(),
                d.storageDriver(), List.of(List.of("Backing Filesystem", "extfs")),
                Map.of("Volume", List.of("local"), "Network", List.of("null"), "Log", List.of("json-file")),
                true, false, true, true, true, true, true, true, d.debug(), 0, Thread.activeCount(),
                java.time.Instant.now().toString(), "json-file", "cgroupfs", s.cgroupVersion(), s.kernelVersion(),
                s.operatingSystem(), "linux", s.architecture().equals("amd64") ? "x86_64" : s.architecture(),
                s.cpus(), s.memoryBytes(), d.dataRoot().toString(), d.name(), List.of(), false, d.version(),
                Map.of(d.runtime(), Map.of("path", d.runtime())), d.runtime(), true, List.of(), List.of());
    }
}
