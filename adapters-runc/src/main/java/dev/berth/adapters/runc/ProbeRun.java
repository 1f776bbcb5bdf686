package dev.berth.adapters.runc;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.runtime.ExecProcess;
import dev.berth.domain.runtime.ExecResult;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

/**
 * Runs an exec to its end for a caller that wants only the outcome (health probes): both output streams are read
 * into one buffer kept to {@link ExecResult#OUTPUT_LIMIT} bytes (the rest is read and dropped so the process never
 * blocks), and the process is killed at the timeout.
 */
final class ProbeRun {

    /** How long output may still come once the process ended (a child it left may hold the pipes open). */
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(1);

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private ProbeRun() {
    }

    static ExecResult of(ExecProcess process, Duration timeout) {
        return new ProbeRun().run(process, timeout);
    }

    private ExecResult run(ExecProcess process, Duration timeout) {
        List<Thread> readers = List.of(read(process.stdout()), read(process.stderr()));
        try {
            boolean ended = process.waitFor(timeout);
            if (!ended) {
                process.kill();
            }
            for (Thread reader : readers) {
                reader.join(DRAIN_GRACE);
            }
            return ended ? new ExecResult(process.waitFor(), false, output())
                    : new ExecResult(-1, true, output());
        } catch (InterruptedException e) {
            process.kill();
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted while running an exec", e);
        }
    }

    private Thread read(InputStream stream) {
        return Thread.ofVirtual().name("exec-output").start(() -> {
            byte[] buffer = new byte[8192];
            try (stream) {
                for (int n; (n = stream.read(buffer)) >= 0; ) {
                    keep(buffer, n);
                }
            } catch (IOException e) {
                // The pipe broke (process killed): what was read is the output.
            }
        });
    }

    private synchronized void keep(byte[] buffer, int length) {
        int room = ExecResult.OUTPUT_LIMIT - output.size();
        if (room > 0) {
            output.write(buffer, 0, Math.min(room, length));
        }
    }

    private synchronized byte[] output() {
        return output.toByteArray();
    }
}
