package dev.berth.adapters.rest.image;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A status line of a JSON progress stream: {@code {"status":"sha256:..."}}, printed as is by the CLI. */
public record StatusJson(@JsonProperty("status") String status) {
}
