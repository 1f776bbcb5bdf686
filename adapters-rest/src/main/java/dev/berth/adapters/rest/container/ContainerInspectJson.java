package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.common.ApiTime;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.MountPoint;

import java.util.List;
import java.util.Map;

/** {@code GET /containers/{id}/json}. */
public record ContainerInspectJson(
        @JsonProperty("Id") String id,
        @JsonProperty("Created") String created,
        @JsonProperty("Path") String path,
        @JsonProperty("Args") List<String> args,
        @JsonProperty("State") ContainerStateJson state,
        @JsonProperty("Image") String image,
        @JsonProperty("ResolvConfPath") String resolvConfPath,
        @JsonProperty("HostnamePath") String hostnamePath,
        @JsonProperty("HostsPath") String hostsPath,
        @JsonProperty("LogPath") String logPath,
        @JsonProperty("Name") String name,
        @JsonProperty("RestartCount") int restartCount,
        @JsonProperty("Driver") String driver,
        @JsonProperty("Platform") String platform,
        @JsonProperty("MountLabel") String mountLabel,
        @JsonProperty("ProcessLabel") String processLabel,
        @JsonProperty("AppArmorProfile") String appArmorProfile,
        @JsonProperty("ExecIDs") List<String> execIds,
        @JsonProperty("HostConfig") HostConfigJson hostConfig,
        @JsonProperty("GraphDriver") GraphDriverJson graphDriver,
        @JsonProperty("Mounts") List<MountPointJson> mounts,
        @JsonProperty("Config") ContainerConfigJson config,
        @JsonProperty("NetworkSettings") NetworkSettingsJson networkSettings) {

    /** One entry of {@code .Mounts}. */
    public record MountPointJson(@JsonProperty("Type") String type, @JsonProperty("Source") String source,
                                 @JsonProperty("Destination") String destination, @JsonProperty("Mode") String mode,
                                 @JsonProperty("RW") boolean rw, @JsonProperty("Propagation") String propagation,
                                 @JsonProperty("Name") @JsonInclude(JsonInclude.Include.NON_NULL) String name,
                                 @JsonProperty("Driver") @JsonInclude(JsonInclude.Include.NON_NULL) String driver) {

        /** Name and Driver only for volumes, as dockerd omits them for binds and tmpfs. */
        static MountPointJson from(MountPoint m) {
            return new MountPointJson(m.type().apiName(), m.source(), m.destination(), m.readOnly() ? "ro" : "",
                    !m.readOnly(), m.type() == MountPoint.Type.BIND ? "rprivate" : "",
                    m.volume() == null ? null : m.volume().name(), m.volume() == null ? null : m.volume().driver());
        }
    }

    public record GraphDriverJson(@JsonProperty("Name") String name, @JsonProperty("Data") Map<String, String> data) {
    }

    /** {@code execIds}: the execs not yet ended, null when none (as dockerd shows them). */
    public static ContainerInspectJson from(Container c, String storageDriver, String logPath,
                                            NetworkSettingsJson networkSettings, List<String> execIds) {
        return new ContainerInspectJson(c.id().value(), ApiTime.format(c.created()), c.path(), c.args(),
                ContainerStateJson.from(c.state()), c.image().toString(), "", "", "", logPath, "/" + c.name(),
                c.restartCount(), storageDriver, "linux", "", "", "", execIds.isEmpty() ? null : List.copyOf(execIds),
                HostConfigJson.from(c.hostConfig()),
                new GraphDriverJson(storageDriver, Map.of()),
                c.hostConfig().mounts().stream().map(MountPointJson::from).toList(), ContainerConfigJson.from(c.config()),
                networkSettings);
    }
}
