package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

public record ContainerCreatedJson(@JsonProperty("Id") String id, @JsonProperty("Warnings") List<String> warnings) {
}
