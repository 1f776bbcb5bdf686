package dev.berth.application.image;

import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.SystemFault;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Layer transfers running side by side: their results in order, or the first failure with the others cancelled. */
final class LayerTasks {

    private LayerTasks() {
    }

    static <T> List<T> awaitAll(List<Future<T>> tasks, String transfer) {
        var results = new ArrayList<T>();
        for (Future<T> task : tasks) {
            try {
                results.add(task.get());
            } catch (ExecutionException e) {
                tasks.forEach(other -> other.cancel(true));
                throw e.getCause() instanceof BerthException failure ? failure
                        : new SystemFault("layer " + transfer + " failed: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tasks.forEach(other -> other.cancel(true));
                throw new SystemFault("interrupted during a layer " + transfer, e);
            }
        }
        return results;
    }
}
