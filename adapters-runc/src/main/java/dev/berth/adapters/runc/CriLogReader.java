package dev.berth.adapters.runc;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.runtime.ContainerLogs;
import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.runtime.LogQuery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Reads the CRI-format log conmon keeps for a container ({@code -l k8s-file:PATH}). */
public final class CriLogReader implements ContainerLogs {

    private static final Duration POLL = Duration.ofMillis(50);

    @Override
    public void read(Path logFile, LogQuery query, BooleanSupplier stopped, LogSink sink) {
        LogQuery effective = query;
        if (!Files.exists(logFile)) {
            if (!(query.follow() && awaitCreation(logFile, stopped))) {
                return; // never started: nothing logged
            }
            effective = query.fromStart(); // all of a log created after the call is new to the caller
        }
        try (LineCursor cursor = new LineCursor(logFile)) {
            if (!readExisting(cursor, effective, sink) || !query.follow()) {
                return;
            }
            while (true) {
                // Read once more after seeing "stopped": what was written before it must still be delivered.
                boolean last = stopped.getAsBoolean();
                if (!cursor.readLines(line -> deliver(line, query, sink)) || last) {
                    return;
                }
                LockSupport.parkNanos(POLL.toNanos());
            }
        } catch (IOException e) {
            throw new SystemFault("reading log " + logFile + ": " + e.getMessage(), e);
        }
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

    /** Delivers what the file holds now, only its last {@code tail} selected entries if asked. */
    private static boolean readExisting(LineCursor cursor, LogQuery query, LogSink sink) throws IOException {
        if (query.tail() < 0) {
            return cursor.readLines(line -> deliver(line, query, sink));
        }
        Deque<LogEntry> last = new ArrayDeque<>();
        cursor.readLines(line -> {
            CriLogLine.parse(line).filter(query::wants).ifPresent(entry -> {
                last.addLast(entry);
                if (last.size() > query.tail()) {
                    last.removeFirst();
                }
            });
            return true;
        });
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
