package dev.berth.application.image;

import dev.berth.application.image.TransferEvent.Bytes;
import dev.berth.application.image.TransferEvent.Status;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.Digest;
import dev.berth.domain.registry.Descriptor;
import dev.berth.domain.registry.RemoteRepository;
import dev.berth.domain.storage.BlobWriter;
import dev.berth.domain.storage.ContentStore;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Fetches one blob into the content store. The bytes are checked against the descriptor's size and digest before
 * the blob is committed, so nothing unverified ever becomes visible; a layer is stored uncompressed, committed
 * under the DiffID its image config expects. A transfer that breaks is restarted, waiting longer each time.
 */
final class BlobDownloader {

    private static final long PROGRESS_STEP = 512 * 1024;

    private final int attempts;
    private final Duration firstRetryDelay;

    BlobDownloader(int attempts, Duration firstRetryDelay) {
        this.attempts = attempts;
        this.firstRetryDelay = firstRetryDelay;
    }

    /** The image config: stored as sent; no progress shown. */
    Digest config(RemoteRepository repository, Descriptor blob, ContentStore store) {
        return withRetries(blob, () -> fetch(repository, blob, store, false, blob.digest(), null), null, event -> {
        });
    }

    /** A layer, stored uncompressed under {@code diffId}; progress goes to {@code events} under {@code id}. */
    Digest layer(RemoteRepository repository, Descriptor blob, Digest diffId, ContentStore store, String id,
                 Consumer<TransferEvent> events) {
        return withRetries(blob, () -> {
            var throttle = new ProgressThrottle(id, blob.size(), events);
            Digest stored = fetch(repository, blob, store, true, diffId, throttle);
            events.accept(new Status(id, "Verifying Checksum"));
            events.accept(new Status(id, "Download complete"));
            return stored;
        }, id, events);
    }

    private Digest withRetries(Descriptor blob, Fetch fetch, String id, Consumer<TransferEvent> events) {
        Duration delay = firstRetryDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                return fetch.run();
            } catch (IOException e) {
                if (attempt >= attempts) {
                    throw new SystemFault("failed to download " + blob.digest() + " after " + attempts
                            + " attempts: " + e.getMessage(), e);
                }
                if (id != null) {
                    events.accept(new Status(id, "Retrying in " + Math.max(1, delay.toSeconds()) + " seconds"));
                }
                pause(delay);
                delay = delay.multipliedBy(2);
            }
        }
    }

    private static Digest fetch(RemoteRepository repository, Descriptor blob, ContentStore store, boolean layer,
                                Digest expected, ProgressThrottle progress) throws IOException {
        try (InputStream raw = repository.blob(blob);
             var measured = new MeasuredInputStream(raw, progress == null ? count -> { } : progress::report);
             BlobWriter writer = store.writer()) {
            try {
                InputStream content = layer ? Uncompressed.of(measured) : measured;
                content.transferTo(writer.stream());
            } catch (IOException e) {
                if (measured.broken()) {
                    throw e; // the transfer broke: worth another try
                }
                measured.drain();
                verify(blob, measured);
                throw new InvalidParameter("layer " + blob.digest() + " is not a valid archive: " + e.getMessage());
            }
            measured.drain();
            if (measured.count() < blob.size()) {
                throw new IOException("unexpected end of blob " + blob.digest() + " after " + measured.count()
                        + " of " + blob.size() + " bytes");
            }
            verify(blob, measured); // closing the writer without a commit discards what it received
            return writer.commit(expected);
        }
    }

    private static void verify(Descriptor blob, MeasuredInputStream measured) {
        if (measured.count() != blob.size() || !measured.digest().equals(blob.digest())) {
            throw new InvalidParameter("filesystem layer verification failed for digest " + blob.digest());
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted while waiting to retry a download", e);
        }
    }

    @FunctionalInterface
    private interface Fetch {
        Digest run() throws IOException;
    }

    /** Reports {@code Downloading} every half MiB, not on every read. */
    private static final class ProgressThrottle {
        private final String id;
        private final long total;
        private final Consumer<TransferEvent> events;
        private long reported = -PROGRESS_STEP;

        ProgressThrottle(String id, long total, Consumer<TransferEvent> events) {
            this.id = id;
            this.total = total;
            this.events = events;
        }

        void report(long count) {
            if (count - reported >= PROGRESS_STEP || count == total) {
                reported = count;
                events.accept(new Bytes(id, "Downloading", count, total));
            }
        }
    }
}
