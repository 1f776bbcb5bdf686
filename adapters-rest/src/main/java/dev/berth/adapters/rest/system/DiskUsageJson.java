package dev.berth.adapters.rest.system;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.container.ContainerSummaryJson;
import dev.berth.adapters.rest.image.ImageSummaryJson;
import dev.berth.adapters.rest.volume.VolumeJson;
import dev.berth.application.system.DiskUsage;

import java.time.Instant;
import java.util.List;

/** The answer of {@code GET /system/df}. The classic builder keeps no build cache apart from images. */
public record DiskUsageJson(
        @JsonProperty("LayersSize") long layersSize,
        @JsonProperty("Images") List<ImageSummaryJson> images,
        @JsonProperty("Containers") List<ContainerSummaryJson> containers,
        @JsonProperty("Volumes") List<VolumeJson> volumes,
        @JsonProperty("BuildCache") List<Object> buildCache) {

    static DiskUsageJson from(DiskUsage usage, Instant now) {
        return new DiskUsageJson(usage.layersSize(),
                usage.images().stream()
                        .map(i -> ImageSummaryJson.from(i.image()).withUsage(i.sharedSize(), i.containers()))
                        .toList(),
                usage.containers().stream()
                        .map(c -> ContainerSummaryJson.from(c.container(), now).withSizes(c.sizeRw(), c.sizeRootFs()))
                        .toList(),
                usage.volumes().stream()
                        .map(v -> VolumeJson.from(v.volume()).withUsage(v.usage().size(), v.usage().refCount()))
                        .toList(),
                List.of());
    }
}
