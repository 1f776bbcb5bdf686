package dev.berth.domain.container;

import java.time.Duration;
import java.util.List;

/**
 * How a container's health is checked: the API's and the image config's {@code Healthcheck} (Dockerfile
 * {@code HEALTHCHECK}, {@code docker run --health-*}). {@code test} is {@code ["NONE"]} (disabled),
 * {@code ["CMD", args...]}, {@code ["CMD-SHELL", command]}, or empty (inherit the image's). Zero durations and
 * retries mean "inherit, else dockerd's default" (30 s interval and timeout, 0 s start period, 3 retries).
 */
public record Healthcheck(List<String> test, Duration interval, Duration timeout, Duration startPeriod,
                          int retries) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_RETRIES = 3;

    public Healthcheck {
        test = test == null ? List.of() : List.copyOf(test);
        interval = interval == null ? Duration.ZERO : interval;
        timeout = timeout == null ? Duration.ZERO : timeout;
        startPeriod = startPeriod == null ? Duration.ZERO : startPeriod;
    }

    /** A check that runs nothing ({@code --no-healthcheck}, {@code HEALTHCHECK NONE}). */
    public boolean disabled() {
        return test.isEmpty() || test.getFirst().equals("NONE");
    }

    /** This check with the unset parts taken from {@code inherited} (the image's), as dockerd merges them. */
    public Healthcheck over(Healthcheck inherited) {
        if (inherited == null) {
            return this;
        }
        return new Healthcheck(test.isEmpty() ? inherited.test : test,
                interval.isZero() ? inherited.interval : interval,
                timeout.isZero() ? inherited.timeout : timeout,
                startPeriod.isZero() ? inherited.startPeriod : startPeriod,
                retries == 0 ? inherited.retries : retries);
    }

    /** The command line the probe runs inside the container. */
    public List<String> command() {
        return switch (test.getFirst()) {
            case "CMD-SHELL" -> List.of("/bin/sh", "-c", String.join(" ", test.subList(1, test.size())));
            case "CMD" -> test.subList(1, test.size());
            default -> test; // an old image's bare command
        };
    }

    public Duration effectiveInterval() {
        return interval.isZero() ? DEFAULT_INTERVAL : interval;
    }

    public Duration effectiveTimeout() {
        return timeout.isZero() ? DEFAULT_TIMEOUT : timeout;
    }

    public int effectiveRetries() {
        return retries <= 0 ? DEFAULT_RETRIES : retries;
    }
}
