package dev.berth.adapters.rest.build;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A line of the classic builder's JSON stream: {@code {"stream":"Step 1/2 : FROM busybox\n"}},
 * {@code {"aux":{"ID":"sha256:..."}}} or the closing {@code {"errorDetail":{"code":3,"message":...},"error":...}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BuildMessageJson(@JsonProperty("stream") String stream, @JsonProperty("aux") Aux aux,
                               @JsonProperty("errorDetail") ErrorDetail errorDetail,
                               @JsonProperty("error") String error) {

    public record Aux(@JsonProperty("ID") String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record ErrorDetail(@JsonProperty("code") int code, @JsonProperty("message") String message) {
    }

    public static BuildMessageJson stream(String text) {
        return new BuildMessageJson(text, null, null, null);
    }

    public static BuildMessageJson aux(String id) {
        return new BuildMessageJson(null, new Aux(id), null, null);
    }

    public static BuildMessageJson error(String message, int code) {
        return new BuildMessageJson(null, null, new ErrorDetail(code, message), message);
    }
}
