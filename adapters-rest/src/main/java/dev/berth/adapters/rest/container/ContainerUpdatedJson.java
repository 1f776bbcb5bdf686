package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The answer of {@code POST /containers/{id}/update}. */
public record ContainerUpdatedJson(@JsonProperty("Warnings") List<String> warnings) {
}
