package dev.berth.application.container;

import dev.berth.domain.container.ContainerId;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Where an attach begins: the output logged from {@code since} on, until the exit that comes after it. Taken before
 * the client learns that its stream is up, so that a container it starts right away loses neither its first output
 * nor its exit to the attach.
 */
public record AttachPoint(ContainerId id, Instant since, CompletableFuture<Integer> exit) {
}
