package dev.berth.application.container;

import dev.berth.domain.container.ContainerId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Clients waiting for a container's next exit or its removal, completed with its exit code. */
final class ExitWaiters {

    private final Map<ContainerId, List<CompletableFuture<Integer>>> nextExit = new HashMap<>();
    private final Map<ContainerId, List<CompletableFuture<Integer>>> removal = new HashMap<>();

    synchronized CompletableFuture<Integer> nextExit(ContainerId id) {
        return register(nextExit, id);
    }

    synchronized CompletableFuture<Integer> removal(ContainerId id) {
        return register(removal, id);
    }

    void exited(ContainerId id, int code) {
        complete(take(nextExit, id), code);
    }

    /** A removed container also ends the waits for its next exit: it will not run again. */
    void removed(ContainerId id, int code) {
        complete(take(nextExit, id), code);
        complete(take(removal, id), code);
    }

    private static CompletableFuture<Integer> register(Map<ContainerId, List<CompletableFuture<Integer>>> waiters,
                                                       ContainerId id) {
        var future = new CompletableFuture<Integer>();
        waiters.computeIfAbsent(id, k -> new ArrayList<>()).add(future);
        return future;
    }

    private synchronized List<CompletableFuture<Integer>> take(
            Map<ContainerId, List<CompletableFuture<Integer>>> waiters, ContainerId id) {
        List<CompletableFuture<Integer>> taken = waiters.remove(id);
        return taken == null ? List.of() : taken;
    }

    private static void complete(List<CompletableFuture<Integer>> futures, int code) {
        futures.forEach(f -> f.complete(code));
    }
}
