package dev.berth.adapters.rest.stream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * A response body written by blocking code on a virtual thread, chunk by chunk, each sent as soon as it is
 * produced. The producer waits for the client's demand, so a slow reader slows it down instead of filling memory.
 * The first (empty) chunk makes the server send the headers at once: clients such as {@code docker run} read
 * them before they go on.
 */
public final class ChunkStream {

    private static final Logger LOG = Logger.getLogger(ChunkStream.class);
    private static final long DEMAND_POLL_NANOS = Duration.ofMillis(2).toNanos();
    private static final byte[] HEADERS_NOW = new byte[0];

    private ChunkStream() {
    }

    /** Where a producer sends its chunks; {@code send} answers false once the client has gone. */
    @FunctionalInterface
    public interface Sink {
        boolean send(byte[] chunk);
    }

    public static Multi<byte[]> of(String name, Consumer<Sink> producer) {
        return Multi.createFrom().emitter(emitter -> Thread.ofVirtual().name(name).start(() -> {
            try {
                if (send(emitter, HEADERS_NOW)) {
                    producer.accept(chunk -> send(emitter, chunk));
                }
                emitter.complete();
            } catch (RuntimeException e) {
                LOG.error(name + " failed while streaming", e);
                emitter.fail(e);
            }
        }));
    }

    private static boolean send(MultiEmitter<? super byte[]> emitter, byte[] chunk) {
        while (emitter.requested() == 0 && !emitter.isCancelled()) {
            LockSupport.parkNanos(DEMAND_POLL_NANOS);
        }
        if (emitter.isCancelled()) {
            return false;
        }
        emitter.emit(chunk);
        return true;
    }
}
