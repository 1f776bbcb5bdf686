package dev.berth.domain.runtime;

/** What the runtime knows of a container's process. */
public sealed interface RuntimeState {

    record Running(int pid) implements RuntimeState {
    }

    record Exited(ExitStatus status) implements RuntimeState {
    }

    /** The runtime has no trace of it (never started, or already deleted). */
    record Absent() implements RuntimeState {
    }
}
