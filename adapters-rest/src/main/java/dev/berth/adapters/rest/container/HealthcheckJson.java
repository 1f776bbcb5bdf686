package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.container.Healthcheck;

import java.time.Duration;
import java.util.List;

/** The API's {@code Healthcheck} (container and image {@code Config}); durations in nanoseconds, as Go's. */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record HealthcheckJson(
        @JsonProperty("Test") List<String> test,
        @JsonProperty("Interval") long interval,
        @JsonProperty("Timeout") long timeout,
        @JsonProperty("StartPeriod") long startPeriod,
        @JsonProperty("Retries") int retries) {

    public static HealthcheckJson from(Healthcheck h) {
        return h == null ? null : new HealthcheckJson(h.test(), h.interval().toNanos(), h.timeout().toNanos(),
                h.startPeriod().toNanos(), h.retries());
    }

    public Healthcheck toDomain() {
        return new Healthcheck(test, Duration.ofNanos(interval), Duration.ofNanos(timeout),
                Duration.ofNanos(startPeriod), retries);
    }
}
