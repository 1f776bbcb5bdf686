package dev.berth.application.exec;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ExecId;

/** An exec as inspect shows it: created, running (with its host pid) or exited (with its exit code). */
public record ExecInstance(ExecId id, ContainerId container, ExecConfig config, Status status, long pid,
                           int exitCode) {

    public enum Status { CREATED, RUNNING, EXITED }

    static ExecInstance created(ExecId id, ContainerId container, ExecConfig config) {
        return new ExecInstance(id, container, config, Status.CREATED, 0, 0);
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    ExecInstance running(long newPid) {
        return new ExecInstance(id, container, config, Status.RUNNING, newPid, 0);
    }

    /** The terminal size it will start with, while not started; else unchanged. */
    ExecInstance withConsoleSize(int height, int width) {
        if (status != Status.CREATED) {
            return this;
        }
        ExecConfig c = config;
        return new ExecInstance(id, container, new ExecConfig(c.attachStdin(), c.attachStdout(), c.attachStderr(),
                c.tty(), c.env(), c.user(), c.workingDir(), c.privileged(), c.cmd(), c.detachKeys(), height, width),
                status, pid, exitCode);
    }

    ExecInstance exited(int code) {
        return new ExecInstance(id, container, config, Status.EXITED, 0, code);
    }
}
