package dev.berth.domain.container;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code .State.Health}: the status, the failures in a row, and the last {@value #LOG_ENTRIES} probes. The
 * transitions are dockerd's: a passing probe makes it healthy; a failing one counts, except while it is still
 * starting within its start period, and {@code retries} failures in a row make it unhealthy.
 */
public record ContainerHealth(HealthStatus status, int failingStreak, List<HealthProbeResult> log) {

    public static final int LOG_ENTRIES = 5;
    public static final ContainerHealth NONE = new ContainerHealth(HealthStatus.NONE, 0, List.of());

    public ContainerHealth {
        status = status == null ? HealthStatus.NONE : status;
        log = log == null ? List.of() : List.copyOf(log);
    }

    /** At each start: starting again with no failures, the previous runs' probes kept, as dockerd. */
    public ContainerHealth starting() {
        return new ContainerHealth(HealthStatus.STARTING, 0, log);
    }

    /** After one probe; {@code inStartPeriod}: it began within the check's start period of the container's start. */
    public ContainerHealth after(HealthProbeResult probe, int retries, boolean inStartPeriod) {
        List<HealthProbeResult> kept = new ArrayList<>(log);
        kept.add(probe);
        if (kept.size() > LOG_ENTRIES) {
            kept = kept.subList(kept.size() - LOG_ENTRIES, kept.size());
        }
        if (probe.exitCode() == 0) {
            return new ContainerHealth(HealthStatus.HEALTHY, 0, kept);
        }
        if (status == HealthStatus.STARTING && inStartPeriod) {
            return new ContainerHealth(status, failingStreak, kept);
        }
        int streak = failingStreak + 1;
        return new ContainerHealth(streak >= retries ? HealthStatus.UNHEALTHY : status, streak, kept);
    }
}
