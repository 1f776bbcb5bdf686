package dev.berth.domain.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * A process started in a container. Its streams block; stdout and stderr end when the process and every child
 * that inherited them have closed them. With a terminal, {@link #stdout()} is the terminal's output and stderr is
 * empty.
 */
public interface ExecProcess {

    /** Its pid on the host. */
    long pid();

    /** Its standard input when piped (closing it is the process's end of input); else a stream that drops bytes. */
    OutputStream stdin();

    /** Empty when not asked for. */
    InputStream stdout();

    /** Empty when not asked for. */
    InputStream stderr();

    /** Blocks until the process ends; returns its exit code (128 + the signal when a signal ended it). */
    int waitFor() throws InterruptedException;

    /** Waits up to {@code timeout} for the process to end; whether it has. */
    boolean waitFor(Duration timeout) throws InterruptedException;

    /** Resizes its terminal; no effect without one. */
    void resize(int height, int width);

    /** Ends it with SIGKILL. */
    void kill();
}
