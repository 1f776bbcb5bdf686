package dev.berth.application.image;

import java.util.function.Consumer;

/**
 * A pull or push whose target is resolved (so a client gets an error status for a bad name), to be run while its
 * events stream to the client. Failures while running are thrown: by then the stream has begun.
 */
@FunctionalInterface
public interface Transfer {

    void run(Consumer<TransferEvent> events);
}
