package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.common.HumanDuration;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One row of {@code GET /containers/json}. */
public record ContainerSummaryJson(
        @JsonProperty("Id") String id,
        @JsonProperty("Names") List<String> names,
        @JsonProperty("Image") String image,
        @JsonProperty("ImageID") String imageId,
        @JsonProperty("Command") String command,
        @JsonProperty("Created") long created,
        @JsonProperty("Ports") List<Object> ports,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("State") String state,
        @JsonProperty("Status") String status,
        @JsonProperty("HostConfig") Map<String, String> hostConfig,
        @JsonProperty("NetworkSettings") Map<String, Object> networkSettings,
        @JsonProperty("Mounts") List<Object> mounts,
        @JsonProperty("SizeRw") @JsonInclude(JsonInclude.Include.NON_NULL) Long sizeRw,
        @JsonProperty("SizeRootFs") @JsonInclude(JsonInclude.Include.NON_NULL) Long sizeRootFs) {

    public static ContainerSummaryJson from(Container c, Instant now) {
        String command = String.join(" ", java.util.stream.Stream.concat(
                java.util.stream.Stream.of(c.path()), c.args().stream()).toList());
        return new ContainerSummaryJson(c.id().value(), List.of("/" + c.name()), c.config().image(),
                c.image().toString(), command, c.created().getEpochSecond(), List.of(),
                new TreeMap<>(c.config().labels()), c.state().status().apiName(), status(c.state(), now),
                Map.of("NetworkMode", c.hostConfig().networkMode()), Map.of("Networks", Map.of()), List.of(), null, null);
    }

    /** With the container's published ports and networks. */
    public ContainerSummaryJson withNetwork(NetworkSettingsJson settings, List<dev.berth.domain.container.PortBinding> published) {
        return new ContainerSummaryJson(id, names, image, imageId, command, created,
                List.copyOf(NetworkSettingsJson.summaryPorts(published)), labels, state, status, hostConfig,
                Map.of("Networks", settings.networks()), mounts, sizeRw, sizeRootFs);
    }

    /** With the sizes that {@code size=true} and {@code docker system df} ask for. */
    public ContainerSummaryJson withSizes(long rw, long rootFs) {
        return new ContainerSummaryJson(id, names, image, imageId, command, created, ports, labels, state, status,
                hostConfig, networkSettings, mounts, rw, rootFs);
    }

    /** "Up 3 seconds", "Exited (0) 2 minutes ago", "Created", as dockerd words it. */
    static String status(ContainerState s, Instant now) {
        return switch (s.status()) {
            case RUNNING -> "Up " + HumanDuration.of(Duration.between(s.startedAt(), now)) + switch (s.health().status()) {
                case NONE -> "";
                case STARTING -> " (health: starting)";
                case HEALTHY, UNHEALTHY -> " (" + s.health().status().apiName() + ")";
            };
            case PAUSED -> "Up " + HumanDuration.of(Duration.between(s.startedAt(), now)) + " (Paused)";
            case RESTARTING -> "Restarting (" + s.exitCode() + ") "
                    + HumanDuration.of(Duration.between(s.finishedAt(), now)) + " ago";
            case EXITED -> s.finishedAt() == null ? "Exited (" + s.exitCode() + ")"
                    : "Exited (" + s.exitCode() + ") " + HumanDuration.of(Duration.between(s.finishedAt(), now))
                    + " ago";
            case CREATED -> "Created";
            case REMOVING -> "Removal In Progress";
            case DEAD -> "Dead";
        };
    }
}
