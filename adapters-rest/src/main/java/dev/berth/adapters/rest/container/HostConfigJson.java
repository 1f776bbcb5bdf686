package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.container.HostConfig;
import jakarta.validation.Valid;

import java.util.List;

/** The API's {@code HostConfig}: the parts Berth acts on. */
public record HostConfigJson(
        @JsonProperty("Binds") List<String> binds,
        @JsonProperty("NetworkMode") String networkMode,
        @JsonProperty("RestartPolicy") @Valid RestartPolicyJson restartPolicy,
        @JsonProperty("AutoRemove") boolean autoRemove,
        @JsonProperty("LogConfig") LogConfigJson logConfig) {

    /** Berth keeps logs in one format; this is what inspect reports. */
    public record LogConfigJson(@JsonProperty("Type") String type,
                                @JsonProperty("Config") java.util.Map<String, String> config) {
    }

    private static final LogConfigJson LOG_CONFIG = new LogConfigJson("json-file", java.util.Map.of());

    public static HostConfigJson from(HostConfig h) {
        return new HostConfigJson(h.binds().isEmpty() ? null : h.binds(), h.networkMode(),
                RestartPolicyJson.from(h.restartPolicy()), h.autoRemove(), LOG_CONFIG);
    }

    public HostConfig toDomain() {
        return new HostConfig(autoRemove, networkMode, restartPolicy == null ? null : restartPolicy.toDomain(), binds);
    }
}
