package dev.berth.application.container;

import java.time.Duration;

/**
 * dockerd's restart delay: 100 ms before the first restart, doubled before each next one up to a minute, and back
 * to 100 ms once a run lasted 10 s (the container was healthy for a while).
 */
record RestartBackoff(Duration delay) {

    static final Duration FIRST = Duration.ofMillis(100);
    static final Duration MAX = Duration.ofMinutes(1);
    static final Duration STEADY_RUN = Duration.ofSeconds(10);

    static final RestartBackoff NONE = new RestartBackoff(Duration.ZERO);

    /** The backoff after a run that lasted {@code ran}. */
    RestartBackoff after(Duration ran) {
        Duration previous = ran.compareTo(STEADY_RUN) >= 0 ? Duration.ZERO : delay;
        if (previous.isZero()) {
            return new RestartBackoff(FIRST);
        }
        Duration doubled = previous.multipliedBy(2);
        return new RestartBackoff(doubled.compareTo(MAX) > 0 ? MAX : doubled);
    }
}
