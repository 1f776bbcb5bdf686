package dev.berth.adapters.rest.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.adapters.rest.common.ApiTime;
import dev.berth.adapters.rest.common.Filters;
import dev.berth.adapters.rest.error.ErrorJson;
import dev.berth.adapters.rest.stream.ChunkStream;
import dev.berth.application.event.EventBus;
import dev.berth.application.event.EventFilter;
import dev.berth.application.event.Subscription;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.error.Unavailable;
import dev.berth.domain.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code GET /events}: the kept events since {@code since}, then live ones, one JSON object per line, until
 * {@code until} passes or the client goes away. A reader that falls too far behind gets a last line saying so.
 */
@Path("/events")
public class EventsResource {

    /** How often an idle stream checks that its client is still there (and whether {@code until} has passed). */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(1);
    private static final byte[] PROBE = new byte[0];

    private final EventBus events;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    public EventsResource(EventBus events, ObjectMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_OCTET_STREAM) // neither JSON nor NDJSON: RESTEasy then sends the chunks as they are
    public RestMulti<byte[]> events(@RestQuery String since, @RestQuery String until, @RestQuery String filters) {
        Instant from = ApiTime.parseTimestamp("since", since);
        Instant to = ApiTime.parseTimestamp("until", until);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameter("`since` time (" + since + ") cannot be after `until` time (" + until + ")");
        }
        EventFilter filter = new EventFilter(Filters.parse(filters).accept(EventFilter.NAMES).asMap());
        Subscription subscription = events.subscribe(filter, Optional.ofNullable(from));
        return RestMulti.fromMultiData(ChunkStream.of("events", sink -> {
                    try (subscription) {
                        stream(subscription, Optional.ofNullable(to), sink);
                    }
                }))
                // exactly application/json, as dockerd sends: clients decode the body as a stream of JSON values
                .header("Content-Type", MediaType.APPLICATION_JSON)
                .build();
    }

    private void stream(Subscription subscription, Optional<Instant> until, ChunkStream.Sink sink) {
        while (true) {
            Duration wait = until.map(u -> Duration.between(clock.instant(), u))
                    .filter(left -> left.compareTo(IDLE_CHECK) < 0).orElse(IDLE_CHECK);
            Optional<Event> next;
            try {
                next = subscription.next(wait.isNegative() ? Duration.ZERO : wait);
            } catch (Unavailable fellBehind) {
                sink.send(line(new ErrorJson(fellBehind.getMessage())));
                return;
            }
            if (next.isPresent()) {
                if (until.isPresent() && next.get().time().isAfter(until.get())) {
                    return;
                }
                if (!sink.send(line(EventJson.from(next.get())))) {
                    return;
                }
            } else if (until.isPresent() && !clock.instant().isBefore(until.get()) || !sink.send(PROBE)) {
                return;
            }
        }
    }

    private byte[] line(Object value) {
        try {
            byte[] encoded = json.writeValueAsBytes(value);
            byte[] withNewline = java.util.Arrays.copyOf(encoded, encoded.length + 1);
            withNewline[encoded.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new SystemFault("cannot encode an event: " + e.getMessage(), e);
        }
    }
}
