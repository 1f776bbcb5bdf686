package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.container.ContainerConfig;
import jakarta.validation.constraints.PositiveOrZero;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The API's container {@code Config}: the create request's top level, and {@code .Config} in inspect. */
public record ContainerConfigJson(
        @JsonProperty("Hostname") String hostname,
        @JsonProperty("Domainname") String domainname,
        @JsonProperty("User") String user,
        @JsonProperty("AttachStdin") boolean attachStdin,
        @JsonProperty("AttachStdout") boolean attachStdout,
        @JsonProperty("AttachStderr") boolean attachStderr,
        @JsonProperty("ExposedPorts") Map<String, Object> exposedPorts,
        @JsonProperty("Tty") boolean tty,
        @JsonProperty("OpenStdin") boolean openStdin,
        @JsonProperty("StdinOnce") boolean stdinOnce,
        @JsonProperty("Env") List<String> env,
        @JsonProperty("Cmd") List<String> cmd,
        @JsonProperty("Image") String image,
        @JsonProperty("Volumes") Map<String, Object> volumes,
        @JsonProperty("WorkingDir") String workingDir,
        @JsonProperty("Entrypoint") List<String> entrypoint,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("StopSignal") String stopSignal,
        @JsonProperty("StopTimeout") @PositiveOrZero Integer stopTimeout,
        @JsonProperty("Healthcheck") @JsonInclude(JsonInclude.Include.NON_NULL) HealthcheckJson healthcheck) {

    public static ContainerConfigJson from(ContainerConfig c) {
        return new ContainerConfigJson(c.hostname(), nullToEmpty(c.domainname()), nullToEmpty(c.user()),
                c.attachStdin(), c.attachStdout(), c.attachStderr(), emptyObjects(c.exposedPorts()), c.tty(),
                c.openStdin(), c.stdinOnce(), c.env(), c.cmd(), c.image(), null, nullToEmpty(c.workingDir()),
                c.entrypoint(), new TreeMap<>(c.labels()), c.stopSignal(), c.stopTimeout(),
                HealthcheckJson.from(c.healthcheck()));
    }

    /** The request as the domain reads it; nulls mean "not given". */
    public ContainerConfig toDomain() {
        return new ContainerConfig(image, hostname, domainname, user, env, entrypoint, cmd, workingDir, labels,
                exposedPorts == null ? null : exposedPorts.keySet(), tty, openStdin, stdinOnce, attachStdin,
                attachStdout, attachStderr, stopSignal, stopTimeout,
                healthcheck == null ? null : healthcheck.toDomain());
    }

    /** Docker writes sets as objects whose values are empty objects: {@code {"80/tcp": {}}}. */
    private static Map<String, Object> emptyObjects(java.util.Set<String> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        Map<String, Object> map = new TreeMap<>();
        keys.forEach(k -> map.put(k, Map.of()));
        return map;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
