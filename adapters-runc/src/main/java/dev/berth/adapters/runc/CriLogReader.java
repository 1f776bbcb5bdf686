package dev.berth.adapters.runc;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.runtime.ContainerLogs;
import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.runtime.LogQuery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Reads the CRI-format log conmon keeps for a container ({@code -l k8s-file:PATH}): the rotated files
 * ({@link ConmonLogFiles}), oldest first, then the current one, which a follower keeps reading across rotations.
 */
public final class CriLogReader implements ContainerLogs {

    private static final Duration POLL = Duration.ofMillis(50);

    @Override
    public void read(Path logFile, LogQuery query, BooleanSupplier stopped, LogSink sink) {
        List<Path> rotated = rotatedFiles(logFile);
        LogQuery effective = query;
        if (!Files.exists(logFile) && rotated.isEmpty()) {
            if (!(query.follow() && awaitCreation(logFile, stopped))) {
                return; // never started: nothing logged
            }
            effective = query.fromStart(); // all of a log created after the call is new to the caller
        }
        try {
            if (!query.follow()) {
                readExisting(rotated, consumer -> readWhole(List.of(logFile), consumer), effective, sink);
                return;
            }
            awaitCreation(logFile, stopped); // a rotation half done: the monitor is about to open the new file
            follow(logFile, rotated, effective, stopped, sink);
        } catch (IOException e) {
            throw new SystemFault("reading log " + logFile + ": " + e.getMessage(), e);
        }
    }

    private static void follow(Path logFile, List<Path> rotated, LogQuery query, BooleanSupplier stopped,
                               LogSink sink) throws IOException {
        LineCursor cursor = open(logFile);
        try {
            if (cursor == null || !readExisting(rotated, cursor::readLines, query, sink)) {
                return;
            }
            Predicate<byte[]> deliver = line -> deliver(line, query, sink);
            while (true) {
                // Read once more after seeing "stopped": what was written before it must still be delivered.
                boolean last = stopped.getAsBoolean();
                if (!cursor.readLines(deliver)) {
                    return;
                }
                if (cursor.replaced()) {
                    // The monitor writes to the new file only after closing the old one: drain it, then move on.
                    boolean more = cursor.readLines(deliver);
                    cursor.close();
                    cursor = open(logFile);
                    if (!more || cursor == null) {
                        return;
                    }
                    continue;
                }
                if (last) {
                    return;
                }
                LockSupport.parkNanos(POLL.toNanos());
            }
        } finally {
            if (cursor != null) {
                cursor.close();
            }
        }
    }

    /** The rotated files there are now, oldest first. */
    private static List<Path> rotatedFiles(Path logFile) {
        List<Path> files = new ArrayList<>();
        for (int n = 1; Files.exists(ConmonLogFiles.rotated(logFile, n)); n++) {
            files.addFirst(ConmonLogFiles.rotated(logFile, n));
        }
        return files;
    }

    /** An attach comes before the start that creates the log: wait for the file while the container may run. */
    private static boolean awaitCreation(Path logFile, BooleanSupplier stopped) {
        while (!Files.exists(logFile)) {
            if (stopped.getAsBoolean()) {
                return Files.exists(logFile);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return true;
    }

    private static LineCursor open(Path file) throws IOException {
        try {
            return new LineCursor(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The lines of files that no longer grow; a file rotated away meanwhile is skipped. */
    private static boolean readWhole(List<Path> files, Predicate<byte[]> consumer) throws IOException {
        for (Path file : files) {
            LineCursor cursor = open(file);
            if (cursor != null) {
                try (cursor) {
                    if (!cursor.readLines(consumer)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The source of the newest lines, after the rotated files. */
    @FunctionalInterface
    private interface Lines {
        boolean read(Predicate<byte[]> consumer) throws IOException;
    }

    /** Delivers what the rotated files and then the current one hold now, only the last {@code tail} if asked. */
    private static boolean readExisting(List<Path> rotated, Lines current, LogQuery query, LogSink sink)
            throws IOException {
        if (query.tail() < 0) {
            Predicate<byte[]> deliver = line -> deliver(line, query, sink);
            return readWhole(rotated, deliver) && current.read(deliver);
        }
        Deque<LogEntry> last = new ArrayDeque<>();
        Predicate<byte[]> keep = line -> {
            CriLogLine.parse(line).filter(query::wants).ifPresent(entry -> {
                last.addLast(entry);
                if (last.size() > query.tail()) {
                    last.removeFirst();
                }
            });
            return true;
        };
        readWhole(rotated, keep);
        current.read(keep);
        for (LogEntry entry : last) {
            if (!sink.accept(entry)) {
                return false;
            }
        }
        return true;
    }

    private static boolean deliver(byte[] line, LogQuery query, LogSink sink) {
        return CriLogLine.parse(line).filter(query::wants).map(sink::accept).orElse(true);
    }
}
