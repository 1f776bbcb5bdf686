package dev.berth.adapters.rest.container;

import dev.berth.application.container.ContainerFilter;
import dev.berth.application.container.ContainerInspection;
import dev.berth.application.container.ContainerLifecycle;
import dev.berth.application.container.ContainerPruneFilter;
import dev.berth.application.container.ContainerPruneReport;
import dev.berth.application.container.AttachPoint;
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
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.runtime.LogStream;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Container use cases for API tests: the name {@code taken} is in use, and only the running containers {@code tty}
 * (with a terminal) and {@code plain} (without) exist; each has logged {@code hi} on stdout.
 */
@ApplicationScoped
public class StubContainerUseCases implements ContainerLifecycle, ContainerInspection, ContainerOutput {

    static final String TAKEN = "taken";
    static final String TTY = "tty";
    static final String PLAIN = "plain";
    private static final String TTY_ID = "1".repeat(64);
    private static final String PLAIN_ID = "2".repeat(64);

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
    public void resize(String ref, dev.berth.domain.container.TerminalSize size) {
        find(ref);
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
        boolean tty = ref.equals(TTY) || ref.equals(TTY_ID);
        if (!tty && !ref.equals(PLAIN) && !ref.equals(PLAIN_ID)) {
            throw missing(ref);
        }
        var config = new ContainerConfig("bb", "host", "", "", List.of(), null, List.of("sh"), "/", Map.of(),
                Set.of(), tty, false, false, false, true, true, null, null);
        return new Container(new ContainerId(tty ? TTY_ID : PLAIN_ID), new ContainerName(tty ? TTY : PLAIN),
                Instant.EPOCH, new ImageId(Digest.of(new byte[0])), config,
                new HostConfig(false, null, null, null, null, false, false),
                ContainerState.created().running(7, Instant.EPOCH), "sh", List.of(), 0, false);
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
        find(ref);
        sink.accept(new LogEntry(LogStream.STDOUT, Instant.EPOCH, "hi\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Override
    public AttachPoint attachPoint(String ref) {
        return new AttachPoint(find(ref).id(), Instant.EPOCH, new CompletableFuture<>());
    }

    @Override
    public void attach(AttachPoint point, AttachStreams streams, LogSink sink) {
        logs(point.id().value(), LogQuery.from(point.since(), streams.stdout(), streams.stderr()), sink);
    }

    private static NotFound missing(String ref) {
        return new NotFound("No such container: " + ref);
    }
}
