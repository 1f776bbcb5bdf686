package dev.berth.application.container;

import dev.berth.application.time.Scheduler;
import dev.berth.domain.build.GoDuration;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.HealthProbeResult;
import dev.berth.domain.container.Healthcheck;
import dev.berth.domain.container.ProcessEnvironment;
import dev.berth.domain.error.BerthException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * One health monitor per running container with a check, as dockerd's: the first probe an interval after the
 * start, the next an interval after each probe ends; a probe past its timeout is killed and fails. Results go to
 * {@link Results}, which keeps them only while the monitor is still the container's (a stop or exit ends it).
 */
final class HealthMonitors {

    /** dockerd keeps this many bytes of a probe's output, and marks a longer one with "...". */
    static final int OUTPUT_LIMIT = 4096;

    /** Records a probe's result; {@code current} says, under the caller's lock, whether the monitor still runs. */
    @FunctionalInterface
    interface Results {
        void record(ContainerId id, HealthProbeResult result, boolean inStartPeriod, BooleanSupplier current);
    }

    private final Scheduler scheduler;
    private final HealthProbe probe;
    private final Results results;
    private final Map<ContainerId, Monitor> monitors = new HashMap<>();

    HealthMonitors(Scheduler scheduler, HealthProbe probe, Results results) {
        this.scheduler = scheduler;
        this.probe = probe;
        this.results = results;
    }

    /** The container's process started: its check (if any) runs from now, replacing an earlier monitor. */
    synchronized void start(Container container) {
        stop(container.id());
        Healthcheck check = container.config().healthcheck();
        if (check != null && !check.disabled()) {
            Monitor monitor = new Monitor(container, check, scheduler.now());
            monitors.put(container.id(), monitor);
            monitor.after(check.effectiveInterval());
        }
    }

    /** Its process stopped, or it is gone: no more probes, and a probe under way is not recorded. */
    synchronized void stop(ContainerId id) {
        Monitor monitor = monitors.remove(id);
        if (monitor != null && monitor.pending != null) {
            monitor.pending.cancel();
        }
    }

    private synchronized boolean isCurrent(Monitor monitor) {
        return monitors.get(monitor.id) == monitor;
    }

    private synchronized void schedule(Monitor monitor, Duration delay) {
        if (isCurrent(monitor)) {
            monitor.pending = scheduler.schedule(delay, monitor::probe);
        }
    }

    private final class Monitor {
        final ContainerId id;
        final Healthcheck check;
        final Instant startedAt;
        final ContainerConfig config;
        Scheduler.Scheduled pending;

        Monitor(Container container, Healthcheck check, Instant startedAt) {
            this.id = container.id();
            this.check = check;
            this.startedAt = startedAt;
            this.config = container.config();
        }

        void after(Duration delay) {
            schedule(this, delay);
        }

        void probe() {
            if (!isCurrent(this)) {
                return;
            }
            Instant start = scheduler.now();
            HealthProbeResult result;
            try {
                HealthProbe.Outcome outcome = probe.run(id, check.command(),
                        ProcessEnvironment.of(config, config.hostname()), config.workingDir(), config.user(),
                        check.effectiveTimeout());
                result = new HealthProbeResult(start, scheduler.now(), outcome.timedOut() ? -1 : outcome.exitCode(),
                        output(outcome));
            } catch (BerthException e) {
                // The probe could not run (e.g. the command is missing): a failure with the reason, as dockerd.
                result = new HealthProbeResult(start, scheduler.now(), -1, e.getMessage());
            }
            boolean inStartPeriod = Duration.between(startedAt, start).compareTo(check.startPeriod()) < 0;
            results.record(id, result, inStartPeriod, () -> isCurrent(this));
            after(check.effectiveInterval());
        }

        private String output(HealthProbe.Outcome outcome) {
            String text = new String(outcome.output(), 0, Math.min(outcome.output().length, OUTPUT_LIMIT),
                    StandardCharsets.UTF_8);
            if (outcome.output().length >= OUTPUT_LIMIT) {
                text += "...";
            }
            if (!outcome.timedOut()) {
                return text;
            }
            String exceeded = "Health check exceeded timeout (" + GoDuration.format(check.effectiveTimeout()) + ")";
            return text.isEmpty() ? exceeded : exceeded + ": " + text;
        }
    }
}
