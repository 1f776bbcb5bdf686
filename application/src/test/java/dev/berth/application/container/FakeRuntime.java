package dev.berth.application.container;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.Resources;
import dev.berth.domain.container.TerminalSize;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.runtime.ContainerRuntime;
import dev.berth.domain.runtime.ExitListener;
import dev.berth.domain.runtime.ExitStatus;
import dev.berth.domain.runtime.RuntimeSpec;
import dev.berth.domain.runtime.RuntimeState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A runtime whose processes end when the test says so, or on SIGKILL; records what it was asked. */
final class FakeRuntime implements ContainerRuntime {

    final Map<ContainerId, RuntimeSpec> started = new HashMap<>();
    final Map<ContainerId, RuntimeState> states = new HashMap<>();
    final Set<ContainerId> deleted = new HashSet<>();
    final List<Integer> signals = new ArrayList<>();
    final List<String> freezer = new ArrayList<>();
    final Map<ContainerId, Resources> updates = new HashMap<>();
    final Map<ContainerId, List<TerminalSize>> resizes = new HashMap<>();
    /** Signals the fake process ends on, with exit code 128 + signal. */
    final Set<Integer> fatalSignals = new HashSet<>(Set.of(9));
    String startFailure;
    private ExitListener listener;

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public int start(RuntimeSpec spec) {
        if (startFailure != null) {
            throw new InvalidParameter(startFailure);
        }
        started.put(spec.id(), spec);
        states.put(spec.id(), new RuntimeState.Running(4242));
        return 4242;
    }

    /** What clients wrote to each container's stdin. */
    final Map<ContainerId, java.io.ByteArrayOutputStream> stdin = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public java.io.OutputStream openStdin(ContainerId id) {
        return stdin.computeIfAbsent(id, k -> new java.io.ByteArrayOutputStream());
    }

    @Override
    public void signal(ContainerId id, int signal) {
        if (!(states.get(id) instanceof RuntimeState.Running)) {
            throw new Conflict("not running");
        }
        signals.add(signal);
        if (fatalSignals.contains(signal)) {
            exit(id, 128 + signal);
        }
    }

    @Override
    public void pause(ContainerId id) {
        freezer.add("pause");
    }

    @Override
    public void resume(ContainerId id) {
        freezer.add("resume");
    }

    void exit(ContainerId id, int code) {
        ExitStatus status = new ExitStatus(code, Instant.now(), false);
        states.put(id, new RuntimeState.Exited(status));
        listener.exited(id, status);
    }

    @Override
    public RuntimeState state(ContainerId id) {
        return states.getOrDefault(id, new RuntimeState.Absent());
    }

    @Override
    public void delete(ContainerId id) {
        deleted.add(id);
    }

    @Override
    public void resize(ContainerId id, TerminalSize size) {
        if (!(states.get(id) instanceof RuntimeState.Running)) {
            throw new Conflict("not running");
        }
        resizes.computeIfAbsent(id, k -> new ArrayList<>()).add(size);
    }

    @Override
    public void update(ContainerId id, Resources resources) {
        updates.put(id, resources);
    }

    @Override
    public void onExit(ExitListener exitListener) {
        this.listener = exitListener;
    }
}
