package dev.berth.adapters.rest.image;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A line of a JSON progress stream as the docker CLI prints it: {@code {"stream":"Loaded image: x:1\n"}}. */
public record ProgressJson(@JsonProperty("stream") String stream) {

    public static ProgressJson line(String text) {
        return new ProgressJson(text + "\n");
    }
}
