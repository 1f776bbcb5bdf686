package dev.berth.application.container;

import dev.berth.domain.container.Container;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.runtime.ContainerRuntime;
import dev.berth.domain.runtime.ProcessTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The container's pids come from the runtime and the columns from the host's ps: first asked for just those pids
 * ({@code -q}), then, since some options (such as {@code f}) refuse {@code -q}, for everything, filtered here.
 */
public final class ContainerTopService implements ContainerTop {

    private final ContainerInspection containers;
    private final ContainerRuntime runtime;
    private final ProcessTable ps;

    public ContainerTopService(ContainerInspection containers, ContainerRuntime runtime, ProcessTable ps) {
        this.containers = containers;
        this.runtime = runtime;
        this.ps = ps;
    }

    @Override
    public ProcessList top(String ref, String psArgs) {
        List<String> args = PsOutput.arguments(psArgs);
        Container container = containers.find(ref);
        if (!container.state().isRunning()) {
            throw new Conflict("Container " + container.id() + " is not running");
        }
        Set<Integer> pids = new HashSet<>(runtime.pids(container.id()));
        List<String> only = new ArrayList<>(args);
        only.add("-q");
        only.add(pids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        String output;
        try {
            output = ps.list(only);
        } catch (SystemFault refused) {
            output = ps.list(args);
        }
        return PsOutput.parse(output, pids);
    }
}
