package dev.berth.domain.runtime;

import java.time.Instant;

/** One chunk of output, usually a line with its newline. */
public record LogEntry(LogStream stream, Instant time, byte[] content) {
}
