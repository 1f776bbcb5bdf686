package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.container.MountPoint;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.volume.VolumeMount;

import java.util.List;
import java.util.Map;

/** One {@code --mount} of a create request ({@code HostConfig.Mounts[]}). */
public record MountJson(
        @JsonProperty("Type") String type,
        @JsonProperty("Source") String source,
        @JsonProperty("Target") String target,
        @JsonProperty("ReadOnly") boolean readOnly,
        @JsonProperty("TmpfsOptions") TmpfsOptionsJson tmpfsOptions,
        @JsonProperty("VolumeOptions") VolumeOptionsJson volumeOptions) {

    public record TmpfsOptionsJson(@JsonProperty("SizeBytes") Long sizeBytes, @JsonProperty("Mode") Integer mode) {
    }

    /** {@code volume-nocopy}, {@code volume-label} and {@code volume-driver}/{@code volume-opt} of a volume mount. */
    public record VolumeOptionsJson(@JsonProperty("NoCopy") boolean noCopy,
                                    @JsonProperty("Labels") Map<String, String> labels,
                                    @JsonProperty("DriverConfig") DriverConfigJson driverConfig) {
    }

    public record DriverConfigJson(@JsonProperty("Name") String name,
                                   @JsonProperty("Options") Map<String, String> options) {
    }

    MountPoint toDomain() {
        return switch (type == null ? "" : type) {
            case "bind" -> new MountPoint(MountPoint.Type.BIND, source, target, readOnly, List.of());
            case "tmpfs" -> new MountPoint(MountPoint.Type.TMPFS, "tmpfs", target, readOnly, tmpfsMountOptions());
            case "volume" -> MountPoint.volume(volumeMount(), target, readOnly);
            default -> throw new InvalidParameter("mount type unknown: " + type);
        };
    }

    /** An empty source is an anonymous volume. */
    private VolumeMount volumeMount() {
        if (volumeOptions == null) {
            return VolumeMount.named(source, false);
        }
        DriverConfigJson driver = volumeOptions.driverConfig();
        return new VolumeMount(source, driver == null ? null : driver.name(), driver == null ? null : driver.options(),
                volumeOptions.labels(), volumeOptions.noCopy());
    }

    private List<String> tmpfsMountOptions() {
        if (tmpfsOptions == null) {
            return List.of();
        }
        var options = new java.util.ArrayList<String>();
        if (tmpfsOptions.sizeBytes() != null && tmpfsOptions.sizeBytes() > 0) {
            options.add("size=" + tmpfsOptions.sizeBytes());
        }
        if (tmpfsOptions.mode() != null) {
            options.add("mode=" + Integer.toOctalString(tmpfsOptions.mode()));
        }
        return options;
    }
}
