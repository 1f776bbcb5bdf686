package dev.berth.application.container;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.runtime.ContainerRuntime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Copies an attached client's input to a container, on a platform thread of its own (the runtime's socket calls
 * block). A client may attach before the start ({@code docker run -i}): its input waits until the container runs.
 * {@link #ended()} completes when the client's input is over, or the session ended first.
 */
final class StdinCopy {

    private static final Logger LOG = Logger.getLogger(StdinCopy.class.getName());
    private static final Duration START_POLL = Duration.ofMillis(10);

    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private StdinCopy() {
    }

    static StdinCopy start(ContainerRuntime runtime, ContainerId id, InputStream input, BooleanSupplier running,
                           CompletableFuture<Integer> exit) {
        StdinCopy copy = new StdinCopy();
        Thread.ofPlatform().daemon().name("stdin-" + id.shortId())
                .start(() -> copy.run(runtime, id, input, running, exit));
        return copy;
    }

    CompletableFuture<Void> ended() {
        return ended;
    }

    private void run(ContainerRuntime runtime, ContainerId id, InputStream input, BooleanSupplier running,
                     CompletableFuture<Integer> exit) {
        try {
            while (!running.getAsBoolean() && !exit.isDone()) {
                LockSupport.parkNanos(START_POLL.toNanos());
            }
            if (!exit.isDone()) {
                try (OutputStream stdin = runtime.openStdin(id)) {
                    input.transferTo(stdin);
                }
            }
        } catch (IOException | BerthException e) {
            // The container went away or the client did: either way this input is over.
            LOG.log(Level.FINE, "stdin of " + id + " ended: " + e.getMessage());
        } finally {
            ended.complete(null);
        }
    }
}
