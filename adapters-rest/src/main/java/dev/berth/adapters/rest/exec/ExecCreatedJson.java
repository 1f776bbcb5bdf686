package dev.berth.adapters.rest.exec;

import com.fasterxml.jackson.annotation.JsonProperty;

public record ExecCreatedJson(@JsonProperty("Id") String id) {
}
