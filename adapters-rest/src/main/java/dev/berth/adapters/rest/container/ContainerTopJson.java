package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.container.ContainerTop;

import java.util.List;

/** The answer of {@code GET /containers/{id}/top}. */
public record ContainerTopJson(@JsonProperty("Titles") List<String> titles,
                               @JsonProperty("Processes") List<List<String>> processes) {

    static ContainerTopJson from(ContainerTop.ProcessList list) {
        return new ContainerTopJson(list.titles(), list.processes());
    }
}
