package dev.berth.adapters.runc;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.runtime.ExitListener;
import dev.berth.domain.runtime.ExitStatus;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Watches the exit directory conmon writes to and tells the listeners of each exit once, on a thread of its own.
 * Only exits written while it runs are announced; earlier ones are read through {@code state}.
 */
final class ExitWatcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ExitWatcher.class.getName());

    private final Path exitsDir;
    private final WatchService watchService;
    private final List<ExitListener> listeners = new CopyOnWriteArrayList<>();
    /** The exit file time last announced per container: a rescan after an overflow must not repeat them. */
    private final Map<ContainerId, FileTime> announced = new ConcurrentHashMap<>();
    private final Thread thread;

    ExitWatcher(Path exitsDir) throws IOException {
        this.exitsDir = exitsDir;
        this.watchService = exitsDir.getFileSystem().newWatchService();
        exitsDir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        try (DirectoryStream<Path> existing = Files.newDirectoryStream(exitsDir)) {
            // Exits from before this start are history, not news.
            existing.forEach(file -> BundleLayout.idOf(file).ifPresent(id -> remember(id, file)));
        }
        this.thread = Thread.ofVirtual().name("runc-exit-watcher").start(this::watch);
    }

    void add(ExitListener listener) {
        listeners.add(listener);
    }

    /** Forgets the last exit of {@code id}, so its next run's exit is announced. */
    void reset(ContainerId id) {
        announced.remove(id);
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        rescan();
                    } else {
                        Path file = exitsDir.resolve((Path) event.context());
                        BundleLayout.idOf(file).ifPresent(id -> announce(id, file));
                    }
                }
                key.reset();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // close() ends the watch: nothing left to do.
        }
    }

    private void rescan() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(exitsDir)) {
            files.forEach(file -> BundleLayout.idOf(file).ifPresent(id -> announce(id, file)));
        } catch (IOException e) {
            LOG.log(Level.ERROR, "rescanning " + exitsDir + " after lost events failed", e);
        }
    }

    private void announce(ContainerId id, Path file) {
        try {
            ExitFile.read(file).ifPresent(status -> announce(id, status));
        } catch (RuntimeException e) {
            // The watch must go on for the other containers.
            LOG.log(Level.ERROR, "reading the exit of container " + id + " failed", e);
        }
    }

    private void announce(ContainerId id, ExitStatus status) {
        FileTime time = FileTime.from(status.at());
        if (time.equals(announced.put(id, time))) {
            return;
        }
        for (ExitListener listener : listeners) {
            notify(listener, id, status);
        }
    }

    private static void notify(ExitListener listener, ContainerId id, ExitStatus status) {
        try {
            listener.exited(id, status);
        } catch (RuntimeException e) {
            // One failing listener must not keep the others, or later exits, from being told.
            LOG.log(Level.ERROR, "exit listener failed for container " + id, e);
        }
    }

    private void remember(ContainerId id, Path file) {
        ExitFile.read(file).ifPresent(status -> announced.put(id, FileTime.from(status.at())));
    }

    @Override
    public void close() throws IOException {
        watchService.close();
        thread.interrupt();
    }
}
