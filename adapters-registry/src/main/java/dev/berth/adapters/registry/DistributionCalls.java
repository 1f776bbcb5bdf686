package dev.berth.adapters.registry;

import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.Digest;
import dev.berth.domain.registry.Descriptor;
import dev.berth.domain.registry.ImageManifest;
import dev.berth.domain.registry.Manifest;
import dev.berth.domain.registry.RemoteRepository.TransferListener;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** The Distribution API endpoints Berth uses, one immutable call each ({@code /v2/<name>/...}). */
final class DistributionCalls {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private DistributionCalls() {
    }

    static URI route(URI base, String path) {
        return base.resolve(path);
    }

    /** {@code GET /v2/}: whether the registry lets these credentials in. */
    record Ping() implements RegistryCall<Integer> {
        @Override
        public HttpRequest.Builder request(URI base) {
            return HttpRequest.newBuilder(route(base, "/v2/")).timeout(TIMEOUT).GET();
        }

        @Override
        public Integer handle(HttpResponse<InputStream> response) throws IOException {
            response.body().close();
            return response.statusCode();
        }
    }

    record GetManifest(String name, String reference) implements RegistryCall<Manifest> {
        @Override
        public HttpRequest.Builder request(URI base) {
            return HttpRequest.newBuilder(route(base, "/v2/" + name + "/manifests/" + reference)).timeout(TIMEOUT)
                    .header("Accept", ManifestCodec.ACCEPT).GET();
        }

        @Override
        public Manifest handle(HttpResponse<InputStream> response) throws IOException {
            if (response.statusCode() != 200) {
                throw RegistryErrors.of(RegistryCaller.describe(response.request()), response);
            }
            try (InputStream in = response.body()) {
                return ManifestCodec.decode(in.readAllBytes(),
                        response.headers().firstValue("Content-Type").orElse(""));
            }
        }
    }

    record HeadBlob(String name, Digest digest) implements RegistryCall<Boolean> {
        @Override
        public HttpRequest.Builder request(URI base) {
            return HttpRequest.newBuilder(route(base, "/v2/" + name + "/blobs/" + digest)).timeout(TIMEOUT)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody());
        }

        @Override
        public Boolean handle(HttpResponse<InputStream> response) throws IOException {
            response.body().close();
            return switch (response.statusCode()) {
                case 200 -> true;
                case 404 -> false;
                default -> throw RegistryErrors.of(RegistryCaller.describe(response.request()), response);
            };
        }
    }

    /** The blob's body, left open for the caller to stream (no timeout: a layer may take long). */
    record GetBlob(String name, Digest digest) implements RegistryCall<InputStream> {
        @Override
        public HttpRequest.Builder request(URI base) {
            return HttpRequest.newBuilder(route(base, "/v2/" + name + "/blobs/" + digest)).GET();
        }

        @Override
        public InputStream handle(HttpResponse<InputStream> response) {
            if (response.statusCode() != 200) {
                var failure = RegistryErrors.of(RegistryCaller.describe(response.request()), response);
                throw failure instanceof NotFound ? new NotFound("blob " + digest + " not found: "
                        + failure.getMessage()) : failure;
            }
            return response.body();
        }
    }

    /** {@code POST /v2/<name>/blobs/uploads/}: opens an upload; answers where to send it. */
    record StartUpload(String name) implements RegistryCall<URI> {
        @Override
        public HttpRequest.Builder request(URI base) {
            return HttpRequest.newBuilder(route(base, "/v2/" + name + "/blobs/uploads/")).timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.noBody());
        }

        @Override
        public URI handle(HttpResponse<InputStream> response) throws IOException {
            if (response.statusCode() != 202) {
                throw RegistryErrors.of(RegistryCaller.describe(response.request()), response);
            }
            response.body().close();
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new SystemFault("the registry opened an upload without a Location"));
            return response.request().uri().resolve(location);
        }
    }

    /** {@code PUT <location>?digest=}: the whole blob in one request, which closes the upload. */
    record FinishUpload(URI location, Digest digest, long size, Supplier<InputStream> content,
                        TransferListener progress) implements RegistryCall<Void> {
        @Override
        public HttpRequest.Builder request(URI base) {
            String separator = location.getRawQuery() == null ? "?" : "&";
            URI target = URI.create(location + separator + "digest=" + digest.toString().replace(":", "%3A"));
            var body = HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new Counting(content.get(), progress)), size);
            return HttpRequest.newBuilder(target).header("Content-Type", "application/octet-stream").PUT(body);
        }

        @Override
        public Void handle(HttpResponse<InputStream> response) throws IOException {
            if (response.statusCode() != 201) {
                throw RegistryErrors.of(RegistryCaller.describe(response.request()), response);
            }
            response.body().close();
            return null;
        }
    }

    record PutManifest(String name, String tag, byte[] manifest) implements RegistryCall<Descriptor> {
        @Override
        public HttpRequest.Builder request(URI base) {
            return HttpRequest.newBuilder(route(base, "/v2/" + name + "/manifests/" + tag)).timeout(TIMEOUT)
                    .header("Content-Type", ImageManifest.OCI)
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(manifest));
        }

        @Override
        public Descriptor handle(HttpResponse<InputStream> response) throws IOException {
            if (response.statusCode() != 201) {
                throw RegistryErrors.of(RegistryCaller.describe(response.request()), response);
            }
            response.body().close();
            return new Descriptor(ImageManifest.OCI, Digest.of(manifest), manifest.length);
        }
    }

    /** Tells the listener the bytes read so far, every half MiB and at the end. */
    private static final class Counting extends FilterInputStream {
        private static final long STEP = 512 * 1024;
        private final TransferListener progress;
        private long count;
        private long reported;

        Counting(InputStream in, TransferListener progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                if (count - reported >= STEP) {
                    reported = count;
                    progress.transferred(count);
                }
            } else if (n < 0 && reported != count) {
                reported = count;
                progress.transferred(count);
            }
            return n;
        }
    }
}
