package dev.berth.domain.logging;

import dev.berth.domain.runtime.LogEntry;

/**
 * A destination for containers' output beyond Berth's own log: Docker's log driver plugins. Each run of a container
 * opens a {@link LogWriter}, fed with the run's entries in order and closed when the run ends.
 */
public interface LogDriver {

    String name();

    /** Starts receiving the output of one run of {@code container}. */
    LogWriter open(LoggedContainer container);

    /** One run's stream of entries. */
    interface LogWriter extends AutoCloseable {

        void write(LogEntry entry);

        /** The run ended: every entry written has been delivered once this returns. */
        @Override
        void close();
    }
}
