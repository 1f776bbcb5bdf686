package dev.berth.adapters.registry;

import dev.berth.domain.error.Forbidden;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.Unauthorized;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.registry.Descriptor;
import dev.berth.domain.registry.ImageManifest;
import dev.berth.domain.registry.RegistryCredentials;
import dev.berth.domain.registry.RemoteRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adapter against Debian's docker-registry (the Distribution reference server), plain and with htpasswd. */
class DockerRegistryIT {

    private static final byte[] CONFIG = "{\"architecture\":\"amd64\",\"os\":\"linux\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LAYER = "a layer, uncompressed, as Berth pushes them".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroy();
        }
    }

    @Test
    void pushedBlobsAndManifestComeBackByTagAndDigest() throws IOException {
        String domain = start(false);
        RemoteRepository repository = new HttpRegistry(List.of(), null)
                .repository(ImageReference.parse(domain + "/it/app:1"), RegistryCredentials.ANONYMOUS, true);

        assertFalse(repository.hasBlob(Digest.of(LAYER)));
        var sent = new AtomicLong();
        repository.uploadBlob(Digest.of(LAYER), LAYER.length, () -> new ByteArrayInputStream(LAYER), sent::set);
        repository.uploadBlob(Digest.of(CONFIG), CONFIG.length, () -> new ByteArrayInputStream(CONFIG), n -> { });
        assertTrue(repository.hasBlob(Digest.of(LAYER)));
        assertEquals(LAYER.length, sent.get());
        var config = new Descriptor("application/vnd.oci.image.config.v1+json", Digest.of(CONFIG), CONFIG.length);
        var layer = new Descriptor("application/vnd.oci.image.layer.v1.tar", Digest.of(LAYER), LAYER.length);
        Descriptor pushed = repository.putManifest("1", config, List.of(layer));

        var byTag = (ImageManifest) repository.manifest("1");
        assertEquals(pushed.digest(), byTag.digest());
        assertEquals(List.of(layer), byTag.layers());
        assertEquals(config, byTag.config());
        assertEquals(pushed.digest(), repository.manifest(pushed.digest().toString()).digest());
        try (InputStream in = repository.blob(layer)) {
            assertArrayEquals(LAYER, in.readAllBytes());
        }
    }

    @Test
    void anUnknownTagIsNotFoundWithTheRegistrysMessage() {
        String domain = start(false);
        RemoteRepository repository = new HttpRegistry(List.of(), null)
                .repository(ImageReference.parse(domain + "/it/app:nope"), RegistryCredentials.ANONYMOUS, false);
        var failure = assertThrows(NotFound.class, () -> repository.manifest("nope"));
        assertEquals("manifest unknown: manifest unknown", failure.getMessage());
    }

    @Test
    void basicAuthLoginAndAccess() {
        String domain = start(true);
        var registry = new HttpRegistry(List.of(), null);
        var good = new RegistryCredentials("cliuser", "clipass", "", "");

        registry.login(domain, good);
        var refused = assertThrows(Unauthorized.class,
                () -> registry.login(domain, new RegistryCredentials("cliuser", "wrong", "", "")));
        assertEquals("login attempt to http://" + domain + "/v2/ failed with status: 401 Unauthorized",
                refused.getMessage());

        var anonymous = registry.repository(ImageReference.parse(domain + "/it/private:1"),
                RegistryCredentials.ANONYMOUS, false);
        var denied = assertThrows(Forbidden.class, () -> anonymous.manifest("1"));
        assertTrue(denied.getMessage().endsWith("/v2/it/private/manifests/1\": no basic auth credentials"),
                denied.getMessage());
        var allowed = registry.repository(ImageReference.parse(domain + "/it/private:1"), good, true);
        assertFalse(allowed.hasBlob(Digest.of(LAYER)));
    }

    /** Starts docker-registry on a free loopback port, as the acceptance scenarios do; answers its domain. */
    private String start(boolean auth) {
        try {
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String config = "version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: "
                    + dir.resolve("data") + "\nhttp:\n  addr: 127.0.0.1:" + port + "\n  secret: it\n";
            if (auth) {
                Path htpasswd = dir.resolve("htpasswd");
                Process p = new ProcessBuilder("htpasswd", "-Bbc", htpasswd.toString(), "cliuser", "clipass")
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                assertEquals(0, p.waitFor(), "htpasswd (apache2-utils) must be installed");
                config += "auth:\n  htpasswd:\n    realm: it-realm\n    path: " + htpasswd + "\n";
            }
            Path file = dir.resolve("config.yml");
            Files.writeString(file, config);
            server = new ProcessBuilder("docker-registry", "serve", file.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
            awaitUp(URI.create("http://127.0.0.1:" + port + "/v2/"));
            return "127.0.0.1:" + port;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start docker-registry (Debian package docker-registry)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitUp(URI ping) throws IOException, InterruptedException {
        var http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try {
                int status = http.send(HttpRequest.newBuilder(ping).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200 || status == 401) {
                    return;
                }
            } catch (ConnectException e) {
                if (Instant.now().isAfter(deadline) || !server.isAlive()) {
                    throw new IOException("docker-registry did not start: " + Files.readString(dir.resolve("log")), e);
                }
                server.onExit().completeOnTimeout(null, 50, java.util.concurrent.TimeUnit.MILLISECONDS).join();
            }
        }
    }
}
