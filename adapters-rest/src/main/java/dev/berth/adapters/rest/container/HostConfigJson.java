package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.container.MountPoint;
import jakarta.validation.Valid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The API's {@code HostConfig}: the parts Berth acts on. */
public record HostConfigJson(
        @JsonProperty("Binds") List<String> binds,
        @JsonProperty("NetworkMode") String networkMode,
        @JsonProperty("RestartPolicy") @Valid RestartPolicyJson restartPolicy,
        @JsonProperty("AutoRemove") boolean autoRemove,
        @JsonProperty("Mounts") List<@Valid MountJson> mounts,
        @JsonProperty("Tmpfs") Map<String, String> tmpfs,
        @JsonProperty("ReadonlyRootfs") boolean readonlyRootfs,
        @JsonProperty("Init") Boolean init,
        @JsonProperty("LogConfig") LogConfigJson logConfig,
        @JsonProperty("VolumesFrom") List<String> volumesFrom,
        @JsonUnwrapped ResourcesJson resources,
        @JsonUnwrapped SecurityJson security) {

    /** Berth keeps logs in one format; this is what inspect reports. */
    public record LogConfigJson(@JsonProperty("Type") String type,
                                @JsonProperty("Config") Map<String, String> config) {
    }

    private static final LogConfigJson LOG_CONFIG = new LogConfigJson("json-file", Map.of());

    public static HostConfigJson from(HostConfig h) {
        return new HostConfigJson(h.binds().isEmpty() ? null : h.binds(), h.networkMode(),
                RestartPolicyJson.from(h.restartPolicy()), h.autoRemove(), null, null, h.readonlyRootfs(),
                h.init(), LOG_CONFIG, h.volumesFrom().isEmpty() ? null : h.volumesFrom(),
                ResourcesJson.from(h.resources()), SecurityJson.from(h.security()));
    }

    /** Binds, {@code --mount}s and {@code --tmpfs} become one list of mount points. */
    public HostConfig toDomain() {
        List<MountPoint> points = new ArrayList<>();
        if (binds != null) {
            binds.forEach(b -> points.add(MountPoint.parseBind(b)));
        }
        if (mounts != null) {
            mounts.forEach(m -> points.add(m.toDomain()));
        }
        if (tmpfs != null) {
            tmpfs.forEach((destination, options) -> points.add(MountPoint.tmpfs(destination, options)));
        }
        return new HostConfig(autoRemove, networkMode, restartPolicy == null ? null : restartPolicy.toDomain(), binds,
                points, readonlyRootfs, Boolean.TRUE.equals(init), volumesFrom,
                resources == null ? null : resources.toDomain(), security == null ? null : security.toDomain());
    }
}
