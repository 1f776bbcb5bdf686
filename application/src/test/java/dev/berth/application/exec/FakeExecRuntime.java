package dev.berth.application.exec;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.runtime.ExecProcess;
import dev.berth.domain.runtime.ExecResult;
import dev.berth.domain.runtime.ExecRuntime;
import dev.berth.domain.runtime.ExecSpec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Execs that write the given output and end with the given code once released ({@link #release()}), or at once
 * when {@code endAtOnce}; or a start failure with the given runtime message. Records the specs it ran.
 */
final class FakeExecRuntime implements ExecRuntime {

    final List<ExecSpec> specs = new ArrayList<>();
    final ByteArrayOutputStream stdinReceived = new ByteArrayOutputStream();
    String stdout = "";
    String stderr = "";
    int exitCode;
    boolean endAtOnce = true;
    String startFailure;
    private final CountDownLatch released = new CountDownLatch(1);

    void release() {
        released.countDown();
    }

    @Override
    public synchronized ExecProcess exec(ContainerId id, ExecSpec spec) {
        if (startFailure != null) {
            throw new InvalidParameter(startFailure);
        }
        specs.add(spec);
        if (endAtOnce) {
            release();
        }
        return new ExecProcess() {
            @Override
            public long pid() {
                return 77;
            }

            @Override
            public OutputStream stdin() {
                return stdinReceived;
            }

            @Override
            public InputStream stdout() {
                return stream(spec.stdout() ? stdout : "");
            }

            @Override
            public InputStream stderr() {
                return stream(spec.stderr() ? stderr : "");
            }

            @Override
            public int waitFor() throws InterruptedException {
                released.await();
                return exitCode;
            }

            @Override
            public boolean waitFor(Duration timeout) throws InterruptedException {
                return released.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
            }

            @Override
            public void resize(int height, int width) {
            }

            @Override
            public void kill() {
                release();
            }
        };
    }

    @Override
    public ExecResult run(ContainerId id, ExecSpec spec, Duration timeout) {
        exec(id, spec);
        return new ExecResult(exitCode, false, (stdout + stderr).getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
