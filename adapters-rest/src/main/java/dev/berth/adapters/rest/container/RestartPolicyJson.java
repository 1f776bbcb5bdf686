package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.container.RestartPolicy;

public record RestartPolicyJson(
        @JsonProperty("Name") String name,
        @JsonProperty("MaximumRetryCount") int maximumRetryCount) {

    public static RestartPolicyJson from(RestartPolicy p) {
        return new RestartPolicyJson(p.name(), p.maximumRetryCount());
    }

    public RestartPolicy toDomain() {
        return new RestartPolicy(name, maximumRetryCount);
    }
}
