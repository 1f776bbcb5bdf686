package dev.berth.adapters.rest.container;

import dev.berth.application.container.ContainerFilter;
import dev.berth.application.container.ContainerInspection;
import dev.berth.application.container.ContainerLifecycle;
import dev.berth.application.container.ContainerPruneFilter;
import dev.berth.application.container.ContainerPruneReport;
import dev.berth.application.container.AttachStreams;
import dev.berth.application.container.ContainerOutput;
import dev.berth.application.container.WaitCondition;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.CreateRequest;
import dev.berth.domain.container.Signal;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.runtime.ContainerLogs.LogSink;
import dev.berth.domain.runtime.LogQuery;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Container use cases for API tests: no container exists, and the name {@code taken} is in use. */
@ApplicationScoped
public class StubContainerUseCases implements ContainerLifecycle, ContainerInspection, ContainerOutput {

    static final String TAKEN = "taken";

    @Override
    public ContainerId create(CreateRequest request) {
        request.hostConfig().validated();
        if (request.name().map(n -> n.value().equals(TAKEN)).orElse(false)) {
            throw new Conflict("Conflict. The container name \"/taken\" is already in use by container \"x\".");
        }
        return new ContainerId("a".repeat(64));
    }

    @Override
    public void start(String ref) {
        throw missing(ref);
    }

    @Override
    public void stop(String ref, Optional<Duration> timeout) {
        throw missing(ref);
    }

    @Override
    public void restart(String ref, Optional<Duration> timeout) {
        throw missing(ref);
    }

    @Override
    public void update(String ref, dev.berth.application.container.ContainerUpdate change) {
        throw missing(ref);
    }

    @Override
    public void rename(String ref, ContainerName newName) {
        throw missing(ref);
    }

    @Override
    public void pause(String ref) {
        throw missing(ref);
    }

    @Override
    public void unpause(String ref) {
        throw missing(ref);
    }

    @Override
    public void kill(String ref, Signal signal) {
        throw missing(ref);
    }

    @Override
    public void remove(String ref, boolean force) {
        throw missing(ref);
    }

    @Override
    public ContainerPruneReport prune(ContainerPruneFilter filter) {
        return new ContainerPruneReport(List.of(), 0);
    }

    @Override
    public CompletionStage<Integer> waitFor(String ref, WaitCondition condition) {
        throw missing(ref);
    }

    @Override
    public Container find(String ref) {
        throw missing(ref);
    }

    @Override
    public List<Container> all() {
        return List.of();
    }

    @Override
    public List<Container> list(ContainerFilter filter) {
        return List.of();
    }

    @Override
    public void logs(String ref, LogQuery query, LogSink sink) {
        throw missing(ref);
    }

    @Override
    public void attach(String ref, AttachStreams streams, LogSink sink) {
        throw missing(ref);
    }

    private static NotFound missing(String ref) {
        return new NotFound("No such container: " + ref);
    }
}
