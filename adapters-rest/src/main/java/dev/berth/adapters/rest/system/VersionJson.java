package dev.berth.adapters.rest.system;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.version.ApiVersion;
import dev.berth.application.system.DaemonSettings;
import dev.berth.application.system.SystemService;
import dev.berth.application.system.SystemSummary;

import java.util.List;
import java.util.Map;

/** {@code GET /version}. */
public record VersionJson(
        @JsonProperty("Platform") Map<String, String> platform,
        @JsonProperty("Components") List<Component> components,
        @JsonProperty("Version") String version,
        @JsonProperty("ApiVersion") String apiVersion,
        @JsonProperty("MinAPIVersion") String minApiVersion,
        @JsonProperty("GitCommit") String gitCommit,
        @JsonProperty("GoVersion") String goVersion,
        @JsonProperty("Os") String os,
        @JsonProperty("Arch") String arch,
        @JsonProperty("KernelVersion") String kernelVersion,
        @JsonProperty("BuildTime") String buildTime) {

    public record Component(@JsonProperty("Name") String name, @JsonProperty("Version") String version,
                            @JsonProperty("Details") Map<String, String> details) {
    }

    public static VersionJson from(DaemonSettings daemon, SystemSummary summary) {
        String api = ApiVersion.MAXIMUM.toString();
        String min = ApiVersion.MINIMUM.toString();
        var engine = new Component("Engine", daemon.version(), Map.of("ApiVersion", api, "MinAPIVersion", min,
                "GitCommit", daemon.gitCommit(), "Os", "linux", "Arch", SystemService.architecture(),
                "KernelVersion", summary.kernelVersion(), "JavaVersion", Runtime.version().toString()));
        var runtime = new Component(daemon.runtime(), daemon.runtime(), Map.of());
        return new VersionJson(Map.of("Name", "Berth Engine"), List.of(engine, runtime), daemon.version(), api, min,
                daemon.gitCommit(), "java" + Runtime.version().feature(), "linux", SystemService.architecture(),
                summary.kernelVersion(), "");
    }
}
