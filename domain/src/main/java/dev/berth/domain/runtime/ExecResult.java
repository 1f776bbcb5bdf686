package dev.berth.domain.runtime;

/** How a process run to its end went: its exit code, or {@code timedOut} (then the code is -1), and its output. */
public record ExecResult(int exitCode, boolean timedOut, byte[] output) {

    /** dockerd keeps this many bytes of a health probe's output. */
    public static final int OUTPUT_LIMIT = 4096;
}
