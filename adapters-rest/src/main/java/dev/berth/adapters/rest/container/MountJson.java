package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.container.MountPoint;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotImplemented;

import java.util.List;

/** One {@code --mount} of a create request ({@code HostConfig.Mounts[]}). */
public record MountJson(
        @JsonProperty("Type") String type,
        @JsonProperty("Source") String source,
        @JsonProperty("Target") String target,
        @JsonProperty("ReadOnly") boolean readOnly,
        @JsonProperty("TmpfsOptions") TmpfsOptionsJson tmpfsOptions) {

    public record TmpfsOptionsJson(@JsonProperty("SizeBytes") Long sizeBytes, @JsonProperty("Mode") Integer mode) {
    }

    MountPoint toDomain() {
        return switch (type == null ? "" : type) {
            case "bind" -> new MountPoint(MountPoint.Type.BIND, source, target, readOnly, List.of());
            case "tmpfs" -> new MountPoint(MountPoint.Type.TMPFS, "tmpfs", target, readOnly, tmpfsMountOptions());
            case "volume" -> throw new NotImplemented("volume mounts are not supported yet");
            default -> throw new InvalidParameter("mount type unknown: " + type);
        };
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
