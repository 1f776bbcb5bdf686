package dev.berth.adapters.runc;

import dev.berth.domain.runtime.ExecProcess;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** An exec run by a foreground {@code runc exec}: its pipes are the process's own stdio. */
final class RuncExecProcess implements ExecProcess {

    private final Process runcExec;
    private final long pid;
    private final OutputStream stdin;

    /** @param stdinPiped whether runc got a pipe for stdin (else writes are dropped, as the port says) */
    RuncExecProcess(Process runcExec, long pid, boolean stdinPiped) {
        this.runcExec = runcExec;
        this.pid = pid;
        this.stdin = stdinPiped ? runcExec.getOutputStream() : OutputStream.nullOutputStream();
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public OutputStream stdin() {
        return stdin;
    }

    @Override
    public InputStream stdout() {
        return runcExec.getInputStream();
    }

    @Override
    public InputStream stderr() {
        return runcExec.getErrorStream();
    }

    @Override
    public int waitFor() throws InterruptedException {
        return runcExec.waitFor();
    }

    @Override
    public boolean waitFor(Duration timeout) throws InterruptedException {
        return runcExec.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void resize(int height, int width) {
        // no terminal: nothing to resize
    }

    /** SIGKILL to the process itself (runc cannot forward that one); runc then exits with 137. */
    @Override
    public void kill() {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
}
