package dev.berth.domain.runtime;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** Reads the output a container's monitor logged to the file its {@link RuntimeSpec} named. */
public interface ContainerLogs {

    /**
     * Delivers the entries the query selects, oldest first. With {@code follow}, keeps delivering new entries
     * until {@code stopped} is true and the log is drained, or the sink refuses an entry.
     */
    void read(Path logFile, LogQuery query, BooleanSupplier stopped, LogSink sink);

    /** Receives log entries; returns false to stop reading (the client went away). */
    @FunctionalInterface
    interface LogSink {
        boolean accept(LogEntry entry);
    }
}
