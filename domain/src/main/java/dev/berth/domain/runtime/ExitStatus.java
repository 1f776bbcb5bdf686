package dev.berth.domain.runtime;

import java.time.Instant;

/** How a container's first process ended, as its monitor recorded it. */
public record ExitStatus(int code, Instant at, boolean oomKilled) {
}
