package dev.berth.application.build;

import dev.berth.application.container.ContainerLayer;
import dev.berth.application.container.ContainerLifecycle;
import dev.berth.application.container.ContainerOutput;
import dev.berth.application.container.WaitCondition;
import dev.berth.application.image.CommitRequest;
import dev.berth.application.image.ImageCommit;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.CreateRequest;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.container.Signal;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.runtime.LogQuery;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;

/**
 * A RUN step as dockerd's classic builder runs it: a real container on the previous step's image (the build
 * arguments in its environment), its output streamed into the build's, its changes committed as the step's layer;
 * the container is removed whatever happens, and a client that goes away kills it.
 */
final class RunStep {

    private final ContainerLifecycle containers;
    private final ContainerOutput outputs;
    private final ImageCommit commits;
    private volatile ContainerId running;
    private volatile boolean cancelled;

    RunStep(ContainerLifecycle containers, ContainerOutput outputs, ImageCommit commits) {
        this.containers = containers;
        this.outputs = outputs;
        this.commits = commits;
    }

    ImageId run(ImageId parent, ContainerDefaults config, List<String> command, List<String> buildEnv,
                String createdBy, BuildOutput output) {
        var request = new ContainerConfig(parent.toString(), null, null, config.user(), buildEnv, List.of(), command,
                config.workingDir(), Map.of(), Set.of(), false, false, false, false, true, true, null, null);
        ContainerId id = containers.create(new CreateRequest(Optional.empty(), request,
                new HostConfig(false, null, null, null, null, false, false)));
        output.stream(" ---> Running in " + id.shortId() + "\n");
        try {
            running = id;
            if (cancelled) {
                throw new BuildFailed("the build was cancelled", 1);
            }
            containers.start(id.value());
            stream(id, output);
            int code = exitCode(id);
            if (cancelled) {
                throw new BuildFailed("the build was cancelled", 1);
            }
            if (code != 0) {
                throw new BuildFailed("The command '" + String.join(" ", command) + "' returned a non-zero code: "
                        + code, code);
            }
            ImageId image = commits.commit(new CommitRequest(Optional.of(parent),
                    Optional.of(new CommitRequest.SnapshotChanges(ContainerLayer.of(id))), config, createdBy, null,
                    null));
            output.stream("Removing intermediate container " + id.shortId() + "\n");
            return image;
        } finally {
            running = null;
            containers.remove(id.value(), true);
        }
    }

    /** Stops the running step, if any, and any later one from starting. */
    void cancel() {
        cancelled = true;
        ContainerId current = running;
        if (current != null) {
            try {
                containers.kill(current.value(), Signal.KILL);
            } catch (Conflict notRunning) {
                // not started yet or already ended: the cancelled flag stops it
            }
        }
    }

    /** The container's output as the build's, until it exits; the client's failure propagates (and kills it). */
    private void stream(ContainerId id, BuildOutput output) {
        RuntimeException[] failure = new RuntimeException[1];
        outputs.logs(id.value(), new LogQuery(true, true, null, null, LogQuery.ALL, true), entry -> {
            try {
                output.stream(new String(entry.content(), StandardCharsets.UTF_8));
                return true;
            } catch (RuntimeException e) {
                failure[0] = e;
                return false;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private int exitCode(ContainerId id) {
        try {
            return containers.waitFor(id.value(), WaitCondition.NOT_RUNNING).toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BerthException cause) {
                throw cause;
            }
            throw new SystemFault("waiting for a build container failed: " + e.getCause().getMessage(), e);
        }
    }
}
