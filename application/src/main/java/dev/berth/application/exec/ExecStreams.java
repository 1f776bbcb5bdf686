package dev.berth.application.exec;

import dev.berth.domain.runtime.ContainerLogs.LogSink;
import dev.berth.domain.runtime.ExecProcess;
import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.runtime.LogStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Connects an attached client to a running exec: its input to the process's stdin (closed when the input ends,
 * as dockerd does for execs), the process's stdout and stderr to the client as they come. The session ends when
 * both output streams end, or shortly after the process did (a background child may hold them open).
 */
final class ExecStreams {

    private static final Logger LOG = Logger.getLogger(ExecStreams.class.getName());
    /** How long output may still come once the process ended. */
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(2);
    private static final int CHUNK = 32 * 1024;

    private final ExecProcess process;
    private final LogSink sink;
    private final Clock clock;
    private volatile boolean clientGone;

    private ExecStreams(ExecProcess process, LogSink sink, Clock clock) {
        this.process = process;
        this.sink = sink;
        this.clock = clock;
    }

    /** Copies until the session ends; returns the process's exit code. */
    static int copy(ExecProcess process, Optional<InputStream> stdin, LogSink sink, Clock clock)
            throws InterruptedException {
        return new ExecStreams(process, sink, clock).run(stdin);
    }

    private int run(Optional<InputStream> stdin) throws InterruptedException {
        stdin.ifPresent(input -> Thread.ofVirtual().name("exec-stdin").start(() -> copyInput(input)));
        List<Thread> readers = List.of(
                Thread.ofVirtual().name("exec-stdout").start(() -> copyOutput(process.stdout(), LogStream.STDOUT)),
                Thread.ofVirtual().name("exec-stderr").start(() -> copyOutput(process.stderr(), LogStream.STDERR)));
        int exitCode = process.waitFor();
        for (Thread reader : readers) {
            reader.join(DRAIN_GRACE);
        }
        return exitCode;
    }

    private void copyInput(InputStream input) {
        try (OutputStream stdin = process.stdin()) {
            input.transferTo(stdin);
        } catch (IOException e) {
            // The process closed its stdin or ended: the client's further input has nowhere to go.
            LOG.log(Level.FINE, "exec stdin ended: " + e.getMessage());
        }
    }

    private void copyOutput(InputStream stream, LogStream type) {
        byte[] buffer = new byte[CHUNK];
        try (stream) {
            for (int n; (n = stream.read(buffer)) >= 0 && !clientGone; ) {
                deliver(new LogEntry(type, clock.instant(), Arrays.copyOf(buffer, n)));
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "exec " + type + " ended: " + e.getMessage());
        }
    }

    /** One entry at a time: the two streams share the client's connection. */
    private synchronized void deliver(LogEntry entry) {
        if (!clientGone && !sink.accept(entry)) {
            clientGone = true;
        }
    }
}
