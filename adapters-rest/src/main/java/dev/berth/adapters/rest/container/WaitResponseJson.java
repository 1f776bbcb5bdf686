package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;

public record WaitResponseJson(@JsonProperty("StatusCode") int statusCode, @JsonProperty("Error") Object error) {
}
