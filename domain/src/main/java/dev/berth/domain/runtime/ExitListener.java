package dev.berth.domain.runtime;

import dev.berth.domain.container.ContainerId;

/** Told once for each container process that ends, on a thread of the runtime's own. */
@FunctionalInterface
public interface ExitListener {

    void exited(ContainerId id, ExitStatus status);
}
