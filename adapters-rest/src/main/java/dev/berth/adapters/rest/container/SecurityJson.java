package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.container.SecurityOptions;

import java.util.List;

/** The privilege fields of the API's {@code HostConfig}. */
public record SecurityJson(
        @JsonProperty("CapAdd") List<String> capAdd,
        @JsonProperty("CapDrop") List<String> capDrop,
        @JsonProperty("Privileged") boolean privileged,
        @JsonProperty("SecurityOpt") List<String> securityOpt) {

    public static SecurityJson from(SecurityOptions s) {
        return new SecurityJson(nullIfEmpty(s.capAdd()), nullIfEmpty(s.capDrop()), s.privileged(),
                nullIfEmpty(s.securityOpt()));
    }

    public SecurityOptions toDomain() {
        return new SecurityOptions(capAdd, capDrop, privileged, securityOpt);
    }

    private static List<String> nullIfEmpty(List<String> list) {
        return list.isEmpty() ? null : list;
    }
}
