package dev.berth.application.logging;

import dev.berth.domain.logging.LogDriver;

import java.util.Optional;

/** Log drivers beyond Berth's own log, found by name on first use: Docker's log driver plugins. */
@FunctionalInterface
public interface LogDriverLookup {

    /** The driver named {@code name}, activated if needed; empty when there is no such plugin. */
    Optional<LogDriver> find(String name);

    static LogDriverLookup none() {
        return name -> Optional.empty();
    }
}
