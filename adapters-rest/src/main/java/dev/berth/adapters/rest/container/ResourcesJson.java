package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.container.Resources;

import java.util.List;

/** The API's {@code Resources}, part of {@code HostConfig} and the body of {@code POST /containers/{id}/update}. */
public record ResourcesJson(
        @JsonProperty("Memory") long memory,
        @JsonProperty("MemorySwap") long memorySwap,
        @JsonProperty("MemoryReservation") long memoryReservation,
        @JsonProperty("NanoCpus") long nanoCpus,
        @JsonProperty("CpuShares") long cpuShares,
        @JsonProperty("CpuPeriod") long cpuPeriod,
        @JsonProperty("CpuQuota") long cpuQuota,
        @JsonProperty("CpusetCpus") String cpusetCpus,
        @JsonProperty("CpusetMems") String cpusetMems,
        @JsonProperty("PidsLimit") Long pidsLimit,
        @JsonProperty("Ulimits") List<UlimitJson> ulimits) {

    public record UlimitJson(@JsonProperty("Name") String name, @JsonProperty("Soft") long soft,
                             @JsonProperty("Hard") long hard) {
    }

    public static ResourcesJson from(Resources r) {
        return new ResourcesJson(r.memory(), r.memorySwap(), r.memoryReservation(), r.nanoCpus(), r.cpuShares(),
                r.cpuPeriod(), r.cpuQuota(), r.cpusetCpus(), r.cpusetMems(), r.pidsLimit(),
                r.ulimits().isEmpty() ? null
                        : r.ulimits().stream().map(u -> new UlimitJson(u.name(), u.soft(), u.hard())).toList());
    }

    public Resources toDomain() {
        return new Resources(memory, memorySwap, memoryReservation, nanoCpus, cpuShares, cpuPeriod, cpuQuota,
                cpusetCpus, cpusetMems, pidsLimit, ulimits == null ? List.of()
                : ulimits.stream().map(u -> new Resources.Ulimit(u.name(), u.soft(), u.hard())).toList());
    }
}
