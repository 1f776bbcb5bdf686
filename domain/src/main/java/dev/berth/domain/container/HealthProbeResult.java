package dev.berth.domain.container;

import java.time.Instant;

/** One health probe as {@code .State.Health.Log} shows it; exit code 0 is healthy, anything else a failure. */
public record HealthProbeResult(Instant start, Instant end, int exitCode, String output) {
}
