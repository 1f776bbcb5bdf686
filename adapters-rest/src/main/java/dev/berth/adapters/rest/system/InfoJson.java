package dev.berth.adapters.rest.system;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.plugin.PluginInfo;
import dev.berth.application.system.SystemSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        @JsonProperty("Warnings") List<String> warnings,
        @JsonProperty("InitBinary") String initBinary,
        @JsonProperty("RuncCommit") CommitJson runcCommit,
        @JsonProperty("InitCommit") CommitJson initCommit,
        @JsonProperty("ContainerdCommit") CommitJson containerdCommit,
        @JsonProperty("Swarm") SwarmJson swarm,
        @JsonProperty("RegistryConfig") RegistryConfigJson registryConfig) {

    /** The version of a tool berthd runs (dockerd puts a git commit here; the CLI prints it as the version). */
    public record CommitJson(@JsonProperty("ID") String id) {
    }

    /** Berth has no swarm mode: the node is inactive, which the CLI prints as {@code Swarm: inactive}. */
    public record SwarmJson(@JsonProperty("NodeID") String nodeId, @JsonProperty("NodeAddr") String nodeAddr,
                            @JsonProperty("LocalNodeState") String localNodeState,
                            @JsonProperty("ControlAvailable") boolean controlAvailable) {

        static final SwarmJson INACTIVE = new SwarmJson("", "", "inactive", false);
    }

    /** The registries reached over plain HTTP (loopback always) and Docker Hub's index. */
    public record RegistryConfigJson(@JsonProperty("InsecureRegistryCIDRs") List<String> insecureRegistryCidrs,
                                     @JsonProperty("IndexConfigs") Map<String, IndexJson> indexConfigs,
                                     @JsonProperty("Mirrors") List<String> mirrors) {

        static RegistryConfigJson of(List<String> insecure) {
            List<String> cidrs = new java.util.ArrayList<>(List.of("::1/128", "127.0.0.0/8"));
            Map<String, IndexJson> indexes = new java.util.TreeMap<>();
            indexes.put("docker.io", new IndexJson("docker.io", List.of(), true, true));
            for (String registry : insecure) {
                if (registry.contains("/")) {
                    cidrs.add(registry);
                } else {
                    indexes.put(registry, new IndexJson(registry, List.of(), false, false));
                }
            }
            return new RegistryConfigJson(cidrs, indexes, List.of());
        }
    }

    public record IndexJson(@JsonProperty("Name") String name, @JsonProperty("Mirrors") List<String> mirrors,
                            @JsonProperty("Secure") boolean secure, @JsonProperty("Official") boolean official) {
    }

    /** Plugin protocols by the {@code Plugins} category {@code docker info} lists them under. */
    private static final Map<String, String> PLUGIN_CATEGORIES = Map.of("VolumeDriver", "Volume",
            "NetworkDriver", "Network", "IpamDriver", "Network", "authz", "Authorization", "LogDriver", "Log");

    /** The built-in drivers first, then the active plugins of each category. */
    static Map<String, List<String>> plugins(List<PluginInfo> active) {
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        byCategory.put("Volume", new ArrayList<>(List.of("local")));
        byCategory.put("Network", new ArrayList<>(List.of("null")));
        byCategory.put("Authorization", new ArrayList<>());
        byCategory.put("Log", new ArrayList<>(List.of("json-file")));
        for (PluginInfo plugin : active) {
            plugin.implemented().stream().map(PLUGIN_CATEGORIES::get).filter(Objects::nonNull).distinct()
                    .forEach(category -> byCategory.get(category).add(plugin.name()));
        }
        byCategory.replaceAll((category, names) -> names.isEmpty() ? null : List.copyOf(names));
        return byCategory;
    }

    public static InfoJson from(SystemSummary s, List<PluginInfo> activePlugins) {
        var d = s.daemon();
        var host = d.host();
        return new InfoJson(host.engineId(), s.containers(), s.running(), s.paused(), s.stopped(), s.images(),
                d.storageDriver(), List.of(List.of("Backing Filesystem", host.backingFilesystem())),
                plugins(activePlugins),
                true, false, true, true, true, true, true, true, d.debug(), 0, Thread.activeCount(),
                java.time.Instant.now().toString(), "json-file", "cgroupfs", s.cgroupVersion(), s.kernelVersion(),
                host.operatingSystem(), "linux", s.architecture().equals("amd64") ? "x86_64" : s.architecture(),
                s.cpus(), s.memoryBytes(), d.dataRoot().toString(), d.name(), List.of(), false, d.version(),
                Map.of(d.runtime(), Map.of("path", d.runtime())), d.runtime(), true, List.of(), List.of(),
                host.initBinary(), new CommitJson(host.runtimeVersion()), new CommitJson(host.initVersion()),
                new CommitJson(""), SwarmJson.INACTIVE, RegistryConfigJson.of(d.insecureRegistries()));
    }
}
