package dev.berth.adapters.plugins;

import java.time.Duration;

/**
 * How long a plugin gets to come up: each call's timeout, and the retries of {@code /Plugin.Activate} (a plugin
 * started with the daemon may not listen yet), waiting {@code firstDelay}, doubling to {@code maxDelay}, until
 * {@code deadline} has passed.
 */
public record Activation(Duration callTimeout, Duration deadline, Duration firstDelay, Duration maxDelay) {

    public static final Activation DEFAULT = new Activation(Duration.ofSeconds(30), Duration.ofSeconds(10),
            Duration.ofMillis(100), Duration.ofSeconds(2));

    /** Waits between attempts; tests replace it. */
    public interface Sleeper {
        void sleep(Duration delay) throws InterruptedException;
    }

    Duration delay(int attempt) {
        long millis = firstDelay.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }
}
