package dev.berth.application.container;

import dev.berth.application.time.Scheduler;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.LogRotation;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.runtime.LogFiles;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rotates a running container's own log as its LogConfig asks. The monitor writes the file, so its size is checked
 * every {@link #CHECK} rather than at each write as dockerd does: a file may pass {@code max-size} by what the
 * container writes in that time, and nothing is lost.
 */
final class LogRotations {

    static final Duration CHECK = Duration.ofMillis(500);

    /** Files nothing is kept in (a runtime without a log of its own): never rotated. */
    static final LogFiles UNMANAGED = new LogFiles() {
        @Override
        public long size(Path logFile) {
            return 0;
        }

        @Override
        public void rotate(ContainerId id, Path logFile, int keep) {
        }
    };
    private static final Logger LOG = Logger.getLogger(LogRotations.class.getName());

    private final LogFiles files;
    private final Scheduler scheduler;

    LogRotations(LogFiles files, Scheduler scheduler) {
        this.files = files;
        this.scheduler = scheduler;
    }

    /** Checks the run's log until {@code ended} completes. */
    void watch(Container container, Path logFile, CompletableFuture<?> ended) {
        container.hostConfig().logConfig().rotation()
                .ifPresent(rotation -> next(container.id(), logFile, rotation, ended));
    }

    private void next(ContainerId id, Path logFile, LogRotation rotation, CompletableFuture<?> ended) {
        scheduler.schedule(CHECK, () -> check(id, logFile, rotation, ended));
    }

    private void check(ContainerId id, Path logFile, LogRotation rotation, CompletableFuture<?> ended) {
        if (ended.isDone()) {
            return;
        }
        try {
            if (files.size(logFile) >= rotation.maxSize()) {
                files.rotate(id, logFile, rotation.maxFiles());
            }
        } catch (BerthException e) {
            LOG.log(Level.WARNING, "container " + id + ": rotating its log: " + e.getMessage());
        }
        next(id, logFile, rotation, ended);
    }
}
