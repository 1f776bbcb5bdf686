package dev.berth.application.container;

import dev.berth.application.logging.LogDriverLookup;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.LogConfig;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.logging.LogDriver;
import dev.berth.domain.logging.LogDriver.LogWriter;
import dev.berth.domain.logging.LoggedContainer;
import dev.berth.domain.runtime.ContainerLogs;
import dev.berth.domain.runtime.LogQuery;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends each run's output to the container's log driver plugin. The entries are read back from Berth's own log, as
 * dockerd's dual logging does, so {@code docker logs} works with any driver and a slow or failing plugin never holds
 * up the container's output.
 */
final class ContainerLogging {

    private static final Logger LOG = Logger.getLogger(ContainerLogging.class.getName());

    /** A run's forwarding, opened before the process starts. */
    interface Run {
        /** Forwards the entries logged from {@code since} until {@code ended} completes, on a thread of its own. */
        void follow(Instant since, CompletableFuture<?> ended);

        /** The process did not start: the driver stops waiting for its output. */
        void abandon();
    }

    private static final Run BUILT_IN = new Run() {
        @Override
        public void follow(Instant since, CompletableFuture<?> ended) {
        }

        @Override
        public void abandon() {
        }
    };

    private final LogDriverLookup drivers;
    private final ContainerLogs logs;

    ContainerLogging(LogDriverLookup drivers, ContainerLogs logs) {
        this.drivers = drivers;
        this.logs = logs;
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
        if (config.builtIn()) {
            return BUILT_IN;
        }
        LogWriter writer = driver(config).open(subject(container, logFile, config));
        return new Run() {
            @Override
            public void follow(Instant since, CompletableFuture<?> ended) {
                Thread.ofVirtual().name("log-" + container.id().shortId())
                        .start(() -> forward(container, logFile, writer, since, ended));
            }

            @Override
            public void abandon() {
                closeQuietly(container, writer);
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
