package dev.berth.application.container;

import dev.berth.application.logging.LogDriverLookup;
import dev.berth.application.time.Scheduler;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.LogConfig;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.logging.LogDriver;
import dev.berth.domain.logging.LogDriver.LogWriter;
import dev.berth.domain.logging.LoggedContainer;
import dev.berth.domain.runtime.ContainerLogs;
import dev.berth.domain.runtime.LogFiles;
import dev.berth.domain.runtime.LogQuery;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A container's output beyond what the runtime's monitor logs: its own log rotated as its LogConfig asks, and each
 * run's entries sent to its log driver plugin. The entries are read back from Berth's own log, as dockerd's dual
 * logging does, so {@code docker logs} works with any driver and a slow or failing plugin never holds up the
 * container's output.
 */
final class ContainerLogging {

    private static final Logger LOG = Logger.getLogger(ContainerLogging.class.getName());

    /** A run's logging, begun before the process starts. */
    interface Run {
        /** Rotates and forwards what is logged from {@code since} until {@code ended} completes. */
        void follow(Instant since, CompletableFuture<?> ended);

        /** The process did not start: the driver stops waiting for its output. */
        void abandon();
    }

    private final LogDriverLookup drivers;
    private final ContainerLogs logs;
    private final LogRotations rotations;

    ContainerLogging(LogDriverLookup drivers, ContainerLogs logs, LogFiles files, Scheduler scheduler) {
        this.drivers = drivers;
        this.logs = logs;
        this.rotations = new LogRotations(files, scheduler);
    }

    /** Refuses, at create, a driver that is neither built in nor an installed plugin. */
    void check(LogConfig config) {
        if (!config.builtIn()) {
            driver(config);
        }
    }

    /** Tells the driver that a run begins (a plugin's {@code StartLogging}); its refusal fails the start. */
    Run begin(Container container, Path logFile) {
        LogConfig config = container.hostConfig().logConfig();
        Optional<LogWriter> writer = config.builtIn() ? Optional.empty()
                : Optional.of(driver(config).open(subject(container, logFile, config)));
        return new Run() {
            @Override
            public void follow(Instant since, CompletableFuture<?> ended) {
                rotations.watch(container, logFile, ended);
                writer.ifPresent(w -> Thread.ofVirtual().name("log-" + container.id().shortId())
                        .start(() -> forward(container, logFile, w, since, ended)));
            }

            @Override
            public void abandon() {
                writer.ifPresent(w -> closeQuietly(container, w));
            }
        };
    }
    private void forward(Container container, Path logFile, LogWriter writer, Instant since,
                         CompletableFuture<?> ended) {
        try {
            logs.read(logFile, new LogQuery(true, true, since, null, LogQuery.ALL, true), ended::isDone, entry -> {
                writer.write(entry);
                return true;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "container " + container.id() + ": log driver "
                    + container.hostConfig().logConfig().type() + " stopped receiving its output: " + e.getMessage());
        } finally {
            closeQuietly(container, writer);
        }
    }

    private LogDriver driver(LogConfig config) {
        return drivers.find(config.type()).orElseThrow(() ->
                new InvalidParameter("logger: no log driver named '" + config.type() + "' is registered"));
    }

    private static LoggedContainer subject(Container container, Path logFile, LogConfig config) {
        return new LoggedContainer(container.id().value(), "/" + container.name().value(), container.path(),
                container.args(), container.image().toString(), container.config().image(), container.created(),
                container.config().env(), container.config().labels(), logFile.toString(), config.options());
    }

    private static void closeQuietly(Container container, LogWriter writer) {
        try {
            writer.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "container " + container.id() + ": closing its log driver's stream: "
                    + e.getMessage());
        }
    }
}
