package dev.berth.adapters.rest.image;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.container.HealthcheckJson;
import dev.berth.domain.image.ContainerDefaults;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The {@code Config} of an image inspect: the defaults a container made from the image starts with. */
public record ImageConfigJson(
        @JsonProperty("User") String user,
        @JsonProperty("Env") List<String> env,
        @JsonProperty("Cmd") List<String> cmd,
        @JsonProperty("Entrypoint") List<String> entrypoint,
        @JsonProperty("WorkingDir") String workingDir,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("ExposedPorts") Map<String, Map<String, String>> exposedPorts,
        @JsonProperty("Volumes") Map<String, Map<String, String>> volumes,
        @JsonProperty("StopSignal") String stopSignal,
        @JsonProperty("Healthcheck") @JsonInclude(JsonInclude.Include.NON_NULL) HealthcheckJson healthcheck) {

    public static ImageConfigJson from(ContainerDefaults defaults) {
        return new ImageConfigJson(defaults.user() == null ? "" : defaults.user(), defaults.env(), defaults.cmd(),
                defaults.entrypoint(), defaults.workingDir() == null ? "" : defaults.workingDir(),
                defaults.labels().isEmpty() ? null : new TreeMap<>(defaults.labels()),
                asSet(defaults.exposedPorts()), asSet(defaults.volumes()), defaults.stopSignal(),
                HealthcheckJson.from(defaults.healthcheck()));
    }

    /** Docker encodes sets as objects with empty-object values: {@code {"80/tcp":{}}}; null when empty. */
    private static Map<String, Map<String, String>> asSet(Set<String> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        var set = new TreeMap<String, Map<String, String>>();
        keys.forEach(key -> set.put(key, Map.of()));
        return set;
    }
}
