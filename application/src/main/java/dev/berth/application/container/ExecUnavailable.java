package dev.berth.application.container;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.NotImplemented;
import dev.berth.domain.runtime.ExecProcess;
import dev.berth.domain.runtime.ExecResult;
import dev.berth.domain.runtime.ExecRuntime;
import dev.berth.domain.runtime.ExecSpec;

import java.time.Duration;

/** A runtime without exec: health probes then fail, saying why. */
final class ExecUnavailable implements ExecRuntime {

    @Override
    public ExecProcess exec(ContainerId id, ExecSpec spec) {
        throw unavailable();
    }

    @Override
    public ExecResult run(ContainerId id, ExecSpec spec, Duration timeout) {
        throw unavailable();
    }

    private static NotImplemented unavailable() {
        return new NotImplemented("health probes need exec, which this runtime lacks");
    }
}
