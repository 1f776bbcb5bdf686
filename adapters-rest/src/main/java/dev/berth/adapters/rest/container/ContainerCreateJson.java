package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;

/** The body of {@code POST /containers/create}: a container Config with HostConfig beside its fields. */
public record ContainerCreateJson(
        @JsonUnwrapped @Valid ContainerConfigJson config,
        @JsonProperty("HostConfig") @Valid HostConfigJson hostConfig) {
}
