package dev.berth.adapters.rest.volume;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.common.ApiTime;
import dev.berth.domain.volume.Volume;

import java.util.Map;
import java.util.TreeMap;

/** A volume as {@code GET /volumes/{name}} and the list answer it. */
public record VolumeJson(
        @JsonProperty("Name") String name,
        @JsonProperty("Driver") String driver,
        @JsonProperty("Mountpoint") String mountpoint,
        @JsonProperty("CreatedAt") String createdAt,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("Scope") String scope,
        @JsonProperty("Options") Map<String, String> options,
        @JsonProperty("UsageData") @JsonInclude(JsonInclude.Include.NON_NULL) UsageJson usageData) {

    /** {@code UsageData}, which only {@code docker system df} computes. */
    public record UsageJson(@JsonProperty("Size") long size, @JsonProperty("RefCount") long refCount) {
    }

    public static VolumeJson from(Volume v) {
        return new VolumeJson(v.name().value(), v.driver(), v.mountpoint().toString(), ApiTime.format(v.createdAt()),
                new TreeMap<>(v.labels()), v.scope(), new TreeMap<>(v.options()), null);
    }

    public VolumeJson withUsage(long size, long refCount) {
        return new VolumeJson(name, driver, mountpoint, createdAt, labels, scope, options,
                new UsageJson(size, refCount));
    }
}
