package dev.berth.domain.runtime;

import java.time.Instant;

/**
 * Which log entries to read: {@code tail} is the number of last entries (-1 for all); with {@code follow}, entries
 * written later are delivered too, until the container stops.
 */
public record LogQuery(boolean stdout, boolean stderr, Instant since, Instant until, int tail, boolean follow) {

    public static final int ALL = -1;

    /** What an attach sees: what is written from {@code since} on, as it comes. */
    public static LogQuery from(Instant since, boolean stdout, boolean stderr) {
        return new LogQuery(stdout, stderr, since, null, ALL, true);
    }

    /** The same selection over the whole log, whatever the tail. */
    public LogQuery fromStart() {
        return new LogQuery(stdout, stderr, since, until, ALL, follow);
    }

    public boolean wants(LogEntry entry) {
        boolean stream = entry.stream() == LogStream.STDOUT ? stdout : entry.stream() == LogStream.STDERR && stderr;
        return stream && (since == null || !entry.time().isBefore(since))
                && (until == null || !entry.time().isAfter(until));
    }
}
