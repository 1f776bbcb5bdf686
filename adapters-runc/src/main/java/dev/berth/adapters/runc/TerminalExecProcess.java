package dev.berth.adapters.runc;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.runtime.ExecProcess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** An exec on a terminal: a foreground runc whose own terminal is the daemon's pty. */
final class TerminalExecProcess implements ExecProcess {

    private static final int SIGWINCH = 28;

    private final TerminalSpawn runcExec;
    private final long pid;
    private final Pty pty;
    private final InputStream output;

    /** @param attached whether a client reads the output; else it is read and dropped, so the process never blocks */
    TerminalExecProcess(TerminalSpawn runcExec, long pid, Pty pty, boolean attached) {
        this.runcExec = runcExec;
        this.pid = pid;
        this.pty = pty;
        if (attached) {
            this.output = pty.output();
        } else {
            this.output = InputStream.nullInputStream();
            Thread.ofPlatform().daemon().name("exec-tty-drain").start(this::drain);
        }
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public OutputStream stdin() {
        return pty.input();
    }

    /** Closing it (once read to its end) releases the pty. */
    @Override
    public InputStream stdout() {
        return output;
    }

    /** A terminal has one output: stdout. */
    @Override
    public InputStream stderr() {
        return InputStream.nullInputStream();
    }

    @Override
    public int waitFor() throws InterruptedException {
        try {
            return runcExec.exit().get();
        } catch (ExecutionException e) {
            throw new SystemFault("waiting for runc exec: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public boolean waitFor(Duration timeout) throws InterruptedException {
        try {
            runcExec.exit().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new SystemFault("waiting for runc exec: " + e.getCause(), e.getCause());
        }
    }

    /** Our pty takes the size, and runc, told by SIGWINCH, gives it to the exec's. */
    @Override
    public void resize(int height, int width) {
        try {
            pty.resize(height, width);
            runcExec.signal(SIGWINCH);
        } catch (IOException e) {
            throw new SystemFault("resizing the exec's terminal: " + e.getMessage(), e);
        }
    }

    @Override
    public void kill() {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    private void drain() {
        try (InputStream all = pty.output()) {
            all.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The pty broke: nothing left to drain.
        }
    }
}
