package dev.berth.adapters.rest.error;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Engine API's error body. */
public record ErrorJson(@JsonProperty("message") String message) {
}
