package dev.berth.domain.registry;

import dev.berth.domain.image.Digest;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * One repository of a registry ({@code 127.0.0.1:5000/team/app}), reached with the credentials it was opened with.
 * Errors carry the registry's message: NotFound for an unknown manifest or blob, Forbidden when access is refused.
 */
public interface RemoteRepository {

    /** The manifest a tag or a digest ({@code sha256:…}) names. */
    Manifest manifest(String reference);

    /** The blob's bytes as the registry sends them; the caller verifies them against the descriptor. */
    InputStream blob(Descriptor blob);

    boolean hasBlob(Digest digest);

    /**
     * Uploads a blob of {@code size} bytes; {@code content} opens its bytes, again for each retry.
     * {@code progress} hears the bytes sent so far.
     */
    void uploadBlob(Digest digest, long size, Supplier<InputStream> content, TransferListener progress);

    /**
     * Stores under {@code tag} an image manifest of these config and layer blobs (already uploaded); returns the
     * descriptor of the manifest bytes sent.
     */
    Descriptor putManifest(String tag, Descriptor config, List<Descriptor> layers);

    /** Hears how many bytes of a transfer have moved. */
    @FunctionalInterface
    interface TransferListener {
        void transferred(long bytes);
    }
}
