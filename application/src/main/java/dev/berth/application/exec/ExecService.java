package dev.berth.application.exec;

import dev.berth.application.container.ContainerEvents;
import dev.berth.application.container.ContainerInspection;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerStatus;
import dev.berth.domain.container.ExecId;
import dev.berth.domain.container.ProcessEnvironment;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.event.EventPublisher;
import dev.berth.domain.runtime.ContainerLogs.LogSink;
import dev.berth.domain.runtime.ExecProcess;
import dev.berth.domain.runtime.ExecResult;
import dev.berth.domain.runtime.ExecRuntime;
import dev.berth.domain.runtime.ExecSpec;
import dev.berth.domain.runtime.ProcessSpec;
import dev.berth.domain.runtime.StartFailure;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The exec use cases. Execs live in memory, as in dockerd: an ended exec stays inspectable while its container
 * exists, and is forgotten once the container is gone.
 */
public final class ExecService implements ContainerExec {

    private static final Logger LOG = Logger.getLogger(ExecService.class.getName());

    private final ContainerInspection containers;
    private final ExecRuntime runtime;
    private final ContainerEvents events;
    private final Clock clock;
    private final Map<ExecId, ExecInstance> execs = new ConcurrentHashMap<>();
    private final Map<ExecId, ExecProcess> processes = new ConcurrentHashMap<>();

    public ExecService(ContainerInspection containers, ExecRuntime runtime, EventPublisher events, Clock clock) {
        this.containers = containers;
        this.runtime = runtime;
        this.events = new ContainerEvents(events);
        this.clock = clock;
    }

    @Override
    public ExecInstance create(String containerRef, ExecConfig config) {
        if (config.cmd().isEmpty()) {
            throw new InvalidParameter("No exec command specified");
        }
        Container container = runningContainer(containers.find(containerRef));
        forgetExecsOfRemovedContainers();
        ExecInstance exec = ExecInstance.created(ExecId.random(), container.id(), config);
        execs.put(exec.id(), exec);
        events.publish(container, "exec_create: " + config.commandLine(), Map.of("execID", exec.id().value()));
        return exec;
    }

    @Override
    public ExecInstance inspect(String execId) {
        return Optional.ofNullable(execs.get(new ExecId(execId)))
                .orElseThrow(() -> new NotFound("No such exec instance: " + execId));
    }

    @Override
    public ExecInstance startable(String execId) {
        ExecInstance exec = inspect(execId);
        switch (exec.status()) {
            case RUNNING -> throw new Conflict("Error: Exec command " + exec.id() + " is already running");
            case EXITED -> throw new Conflict("Error: Exec command " + exec.id() + " has already run");
            case CREATED -> runningContainer(containers.find(exec.container().value()));
        }
        return exec;
    }

    @Override
    public int start(String execId, Optional<InputStream> stdin, LogSink output) {
        ExecInstance exec = inspect(execId);
        ExecProcess process = launch(exec);
        try {
            int code = ExecStreams.copy(process, stdin.filter(in -> exec.config().attachStdin()), output, clock);
            ended(exec, code);
            return code;
        } catch (InterruptedException e) {
            process.kill();
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted while running exec " + execId, e);
        }
    }

    @Override
    public void startDetached(String execId) {
        ExecInstance exec = inspect(execId);
        ExecProcess process = launch(exec);
        Thread.ofVirtual().name("exec-wait").start(() -> {
            try {
                ended(exec, process.waitFor());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void resize(String execId, int height, int width) {
        ExecInstance exec = inspect(execId);
        ExecProcess process = processes.get(exec.id());
        if (process != null) {
            process.resize(height, width);
        } else {
            // Not started yet (the CLI may resize first): the size it will start with.
            execs.computeIfPresent(exec.id(), (id, e) -> e.withConsoleSize(height, width));
        }
    }

    @Override
    public List<ExecInstance> of(ContainerId container) {
        return execs.values().stream()
                .filter(e -> e.container().equals(container) && e.status() != ExecInstance.Status.EXITED)
                .toList();
    }

    @Override
    public ExecResult run(String containerRef, List<String> cmd, Duration timeout) {
        Container container = runningContainer(containers.find(containerRef));
        return runtime.run(container.id(), spec(container, ExecConfig.command(cmd)), timeout);
    }

    /** Claims the exec (one start only), starts its process and announces it. */
    private ExecProcess launch(ExecInstance created) {
        Container container = runningContainer(containers.find(created.container().value()));
        ExecInstance exec = claim(created.id());
        try {
            ExecProcess process = runtime.exec(container.id(), spec(container, exec.config()));
            processes.put(exec.id(), process);
            execs.put(exec.id(), exec.running(process.pid()));
            events.publish(container, "exec_start: " + exec.config().commandLine(),
                    Map.of("execID", exec.id().value()));
            return process;
        } catch (InvalidParameter e) {
            // As dockerd: the process could not start, recorded with the code a shell would give.
            execs.put(exec.id(), exec.exited(StartFailure.exitCode(e.getMessage())));
            throw e;
        } catch (RuntimeException e) {
            // It never ran; dockerd's code for a command that could not be invoked.
            execs.put(exec.id(), exec.exited(126));
            throw e;
        }
    }

    private ExecInstance claim(ExecId id) {
        ExecInstance[] claimed = new ExecInstance[1];
        execs.compute(id, (key, exec) -> {
            if (exec == null) {
                throw new NotFound("No such exec instance: " + id);
            }
            if (exec.status() != ExecInstance.Status.CREATED) {
                throw new Conflict("Error: Exec command " + id + (exec.running() ? " is already running"
                        : " has already run"));
            }
            claimed[0] = exec.running(0);
            return claimed[0];
        });
        return claimed[0];
    }

    private void ended(ExecInstance exec, int code) {
        processes.remove(exec.id());
        execs.computeIfPresent(exec.id(), (id, e) -> e.exited(code));
        try {
            Container container = containers.find(exec.container().value());
            events.publish(container, "exec_die", Map.of("execID", exec.id().value(),
                    "exitCode", Integer.toString(code)));
        } catch (NotFound removed) {
            // The container went with its exec: there is nobody left to tell about it.
        }
    }

    /** The exec's process: the container's environment, user and working directory unless the exec sets them. */
    static ExecSpec spec(Container container, ExecConfig exec) {
        ContainerConfig config = container.config();
        String user = exec.user().isEmpty() ? config.user() : exec.user();
        String cwd = exec.workingDir().isEmpty() ? config.workingDir() : exec.workingDir();
        ProcessSpec process = new ProcessSpec(exec.cmd(), ProcessEnvironment.forExec(config, exec.tty(), exec.env()),
                cwd, user, exec.tty(), exec.attachStdin());
        return new ExecSpec(process, exec.privileged(), exec.attachStdout(), exec.attachStderr());
    }

    private static Container runningContainer(Container container) {
        ContainerStatus status = container.state().status();
        if (status == ContainerStatus.PAUSED) {
            throw new Conflict("container " + container.id() + " is paused, unpause the container before exec");
        }
        if (status == ContainerStatus.RESTARTING) {
            throw new Conflict("container " + container.id() + " is restarting, wait until the container is running");
        }
        if (!container.state().hasProcess()) {
            throw new Conflict("container " + container.id() + " is not running");
        }
        return container;
    }

    private void forgetExecsOfRemovedContainers() {
        for (ExecInstance exec : execs.values()) {
            try {
                containers.find(exec.container().value());
            } catch (NotFound removed) {
                execs.remove(exec.id());
            } catch (BerthException e) {
                LOG.log(Level.FINE, "keeping exec " + exec.id() + ": " + e.getMessage());
            }
        }
    }
}
