package dev.berth.adapters.rest.image;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.image.TransferEvent;

/**
 * A line of a pull or push progress stream as dockerd writes it: {@code {"status":"Downloading",
 * "progressDetail":{"current":1,"total":2},"id":"0123456789ab"}}, an error ({@code errorDetail} and {@code error}),
 * or a push's result ({@code aux}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransferProgressJson(@JsonProperty("status") String status,
                                   @JsonProperty("progressDetail") Detail progressDetail,
                                   @JsonProperty("id") String id,
                                   @JsonProperty("errorDetail") ErrorDetail errorDetail,
                                   @JsonProperty("error") String error,
                                   @JsonProperty("aux") Aux aux) {

    public record Detail(@JsonProperty("current") long current, @JsonProperty("total") long total) {
    }

    public record ErrorDetail(@JsonProperty("message") String message) {
    }

    public record Aux(@JsonProperty("Tag") String tag, @JsonProperty("Digest") String digest,
                      @JsonProperty("Size") long size) {
    }

    public static TransferProgressJson from(TransferEvent event) {
        return switch (event) {
            case TransferEvent.Status s -> new TransferProgressJson(s.status(), null, s.id(), null, null, null);
            case TransferEvent.Bytes b -> new TransferProgressJson(b.status(), new Detail(b.current(), b.total()),
                    b.id(), null, null, null);
            case TransferEvent.Pushed p -> new TransferProgressJson(null, null, null, null, null,
                    new Aux(p.tag(), p.digest().toString(), p.size()));
        };
    }

    public static TransferProgressJson error(String message) {
        return new TransferProgressJson(null, null, null, new ErrorDetail(message), message, null);
    }
}
