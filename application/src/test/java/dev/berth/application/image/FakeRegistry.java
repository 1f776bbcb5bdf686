package dev.berth.application.image;

import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.registry.Descriptor;
import dev.berth.domain.registry.ImageManifest;
import dev.berth.domain.registry.Manifest;
import dev.berth.domain.registry.Registry;
import dev.berth.domain.registry.RegistryCredentials;
import dev.berth.domain.registry.RemoteRepository;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One in-memory repository: manifests by tag or digest, blobs by digest. A blob in {@code breakOnce} fails half way
 * through its next download, as a dropped connection does; uploads and pushed manifests are recorded.
 */
final class FakeRegistry implements Registry, RemoteRepository {

    final Map<String, Manifest> manifests = new ConcurrentHashMap<>();
    final Map<Digest, byte[]> blobs = new ConcurrentHashMap<>();
    final Map<String, List<Descriptor>> pushed = new ConcurrentHashMap<>();
    /** When set, uploads wait here: a barrier of N passes only when N uploads run at once, and is then lifted. */
    volatile CyclicBarrier uploadGate;
    final Set<Digest> breakOnce = ConcurrentHashMap.newKeySet();
    final AtomicInteger downloads = new AtomicInteger();

    @Override
    public RemoteRepository repository(ImageReference name, RegistryCredentials credentials, boolean push) {
        return this;
    }

    @Override
    public void login(String serverAddress, RegistryCredentials credentials) {
    }

    @Override
    public Manifest manifest(String reference) {
        Manifest manifest = manifests.get(reference);
        if (manifest == null) {
            throw new NotFound("manifest unknown: manifest unknown");
        }
        return manifest;
    }

    @Override
    public InputStream blob(Descriptor blob) {
        byte[] bytes = blobs.get(blob.digest());
        if (bytes == null) {
            throw new NotFound("blob unknown: blob unknown to registry");
        }
        downloads.incrementAndGet();
        if (breakOnce.remove(blob.digest())) {
            return new InputStream() {
                private int served;

                @Override
                public int read() throws IOException {
                    if (served >= bytes.length / 2) {
                        throw new IOException("connection reset");
                    }
                    return bytes[served++] & 0xff;
                }
            };
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean hasBlob(Digest digest) {
        return blobs.containsKey(digest);
    }

    @Override
    public void uploadBlob(Digest digest, long size, Supplier<InputStream> content, TransferListener progress) {
        passGate();
        try (InputStream in = content.get()) {
            byte[] bytes = in.readAllBytes();
            progress.transferred(bytes.length);
            blobs.put(Digest.of(bytes), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void passGate() {
        CyclicBarrier gate = uploadGate;
        if (gate == null) {
            return;
        }
        try {
            gate.await(30, TimeUnit.SECONDS); // a deadlock guard: one upload at a time never gets through
            uploadGate = null;
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("uploads did not run side by side", e);
        }
    }

    @Override
    public Descriptor putManifest(String tag, Descriptor config, List<Descriptor> layers) {
        pushed.put(tag, List.of(config, layers.getFirst()));
        byte[] raw = (config + "" + layers).getBytes();
        Digest digest = Digest.of(raw);
        manifests.put(tag, new ImageManifest(digest, ImageManifest.OCI, config, layers));
        return new Descriptor(ImageManifest.OCI, digest, raw.length);
    }
}
