package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.container.ContainerNetworking;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.container.LogConfig;
import dev.berth.domain.container.MountPoint;
import dev.berth.domain.container.PortBinding;
import dev.berth.domain.container.TerminalSize;
import dev.berth.domain.error.InvalidParameter;
import jakarta.validation.Valid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        @JsonUnwrapped SecurityJson security,
        @JsonProperty("PortBindings") Map<String, List<PortBindingJson>> portBindings,
        @JsonProperty("PublishAllPorts") boolean publishAllPorts,
        @JsonProperty("Dns") List<String> dns,
        @JsonProperty("DnsSearch") List<String> dnsSearch,
        @JsonProperty("DnsOptions") List<String> dnsOptions,
        @JsonProperty("ExtraHosts") List<String> extraHosts,
        @JsonProperty("ConsoleSize") List<Integer> consoleSize) {

    /** One host address of a published port; an empty {@code HostPort} asks for a free one. */
    public record PortBindingJson(@JsonProperty("HostIp") String hostIp, @JsonProperty("HostPort") String hostPort) {
    }

    /** The log driver and its options ({@code --log-driver}, {@code --log-opt}). */
    public record LogConfigJson(@JsonProperty("Type") String type,
                                @JsonProperty("Config") Map<String, String> config) {

        static LogConfigJson from(LogConfig log) {
            return new LogConfigJson(log.type(), log.options());
        }

        LogConfig toDomain() {
            return new LogConfig(type, config);
        }
    }

    public static HostConfigJson from(HostConfig h) {
        return new HostConfigJson(h.binds().isEmpty() ? null : h.binds(), h.networkMode(),
                RestartPolicyJson.from(h.restartPolicy()), h.autoRemove(), null, null, h.readonlyRootfs(),
                h.init(), LogConfigJson.from(h.logConfig()), h.volumesFrom().isEmpty() ? null : h.volumesFrom(),
                ResourcesJson.from(h.resources()), SecurityJson.from(h.security()),
                portBindings(h.networking().portBindings()), h.networking().publishAllPorts(), h.networking().dns(),
                h.networking().dnsSearch(), h.networking().dnsOptions(),
                h.networking().extraHosts().isEmpty() ? null : h.networking().extraHosts(),
                List.of(h.consoleSize().height(), h.consoleSize().width()));
    }

    private static Map<String, List<PortBindingJson>> portBindings(List<PortBinding> bindings) {
        Map<String, List<PortBindingJson>> json = new TreeMap<>();
        bindings.forEach(b -> json.computeIfAbsent(b.portKey(), k -> new ArrayList<>())
                .add(new PortBindingJson(b.hostIp(), b.hostPortText())));
        return json;
    }

    /** The network settings of HostConfig, with the endpoints of the create request's NetworkingConfig. */
    ContainerNetworking networking(Map<String, ContainerNetworking.EndpointRequest> endpoints) {
        List<PortBinding> bindings = new ArrayList<>();
        if (portBindings != null) {
            portBindings.forEach((port, hosts) -> {
                for (PortBindingJson host : hosts == null ? List.<PortBindingJson>of() : hosts) {
                    bindings.add(PortBinding.parse(port, host.hostIp(), host.hostPort()));
                }
            });
        }
        return new ContainerNetworking(bindings, publishAllPorts, dns, dnsSearch, dnsOptions, extraHosts, endpoints);
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
                resources == null ? null : resources.toDomain(), security == null ? null : security.toDomain(),
                networking(Map.of()), terminalSize(),
                logConfig == null ? null : logConfig.toDomain());
    }

    /** {@code [height, width]}, as the CLI sends its terminal's size for {@code run -t}. */
    private TerminalSize terminalSize() {
        if (consoleSize == null || consoleSize.isEmpty()) {
            return TerminalSize.UNSET;
        }
        if (consoleSize.size() != 2 || consoleSize.contains(null)) {
            throw new InvalidParameter("ConsoleSize must be [height, width]");
        }
        return new TerminalSize(consoleSize.get(0), consoleSize.get(1));
    }
}
