package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.berth.application.container.ContainerUpdate;
import jakarta.validation.Valid;

/** The body of {@code POST /containers/{id}/update}: Resources, and a RestartPolicy beside its fields. */
public record ContainerUpdateJson(
        @JsonUnwrapped ResourcesJson resources,
        @JsonProperty("RestartPolicy") @Valid RestartPolicyJson restartPolicy) {

    public ContainerUpdate toDomain() {
        return new ContainerUpdate(resources == null ? null : resources.toDomain(),
                restartPolicy == null || restartPolicy.name() == null || restartPolicy.name().isEmpty()
                        ? null : restartPolicy.toDomain());
    }
}
