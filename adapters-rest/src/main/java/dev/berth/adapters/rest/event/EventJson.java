package dev.berth.adapters.rest.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.event.Event;
import dev.berth.domain.event.EventType;

import java.util.Map;

/**
 * One line of {@code GET /events} (the API's EventMessage). Container and image events also carry the deprecated
 * {@code status}, {@code id} and {@code from} fields that dockerd still fills and older clients read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventJson(
        @JsonProperty("status") String status,
        @JsonProperty("id") String id,
        @JsonProperty("from") String from,
        @JsonProperty("Type") String type,
        @JsonProperty("Action") String action,
        @JsonProperty("Actor") ActorJson actor,
        @JsonProperty("scope") String scope,
        @JsonProperty("time") long time,
        @JsonProperty("timeNano") long timeNano) {

    public record ActorJson(@JsonProperty("ID") String id, @JsonProperty("Attributes") Map<String, String> attributes) {
    }

    public static EventJson from(Event e) {
        boolean legacy = e.type() == EventType.CONTAINER || e.type() == EventType.IMAGE;
        long nanos = e.time().getEpochSecond() * 1_000_000_000L + e.time().getNano();
        return new EventJson(legacy ? e.action() : null, legacy ? e.actor().id() : null,
                e.type() == EventType.CONTAINER ? e.actor().attributes().get("image") : null,
                e.type().apiName(), e.action(), new ActorJson(e.actor().id(), e.actor().attributes()), "local",
                e.time().getEpochSecond(), nanos);
    }
}
