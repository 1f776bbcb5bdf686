package dev.berth.adapters.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.berth.domain.error.Unauthorized;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.registry.Descriptor;
import dev.berth.domain.registry.ImageManifest;
import dev.berth.domain.registry.RegistryCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Bearer token flow against a tiny registry and token server (JDK HttpServer): the challenge's realm, service
 * and scope, Basic credentials traded for a token, anonymous tokens, a refused login; and a blob whose connection
 * drops half way surfaces as an IOException, which the pull retries.
 */
class TokenAuthTest {

    private static final String MANIFEST = "{\"schemaVersion\":2,\"mediaType\":\"" + ImageManifest.DOCKER_V2
            + "\",\"config\":{\"mediaType\":\"c\",\"digest\":\"sha256:" + "a".repeat(64) + "\",\"size\":3},"
            + "\"layers\":[{\"mediaType\":\"l\",\"digest\":\"sha256:" + "b".repeat(64) + "\",\"size\":1000}]}";

    private HttpServer server;
    private String domain;
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        domain = "127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/token", this::token);
        server.createContext("/v2/", this::registry);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Any account gets "tok-<user>" when its password is "pw"; no credentials get "tok-anonymous". */
    private void token(HttpExchange exchange) throws IOException {
        String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        tokenRequests.add(query);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String user = "anonymous";
        if (auth != null) {
            String[] pair = new String(Base64.getDecoder().decode(auth.substring("Basic ".length())),
                    StandardCharsets.UTF_8).split(":", 2);
            if (!pair[1].equals("pw")) {
                send(exchange, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"incorrect username or "
                        + "password\"}]}", null);
                return;
            }
            user = pair[0];
        }
        send(exchange, 200, "{\"token\":\"tok-" + user + "\"}", null);
    }

    private void registry(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        boolean publicRepo = path.startsWith("/v2/public/");
        if (auth == null || !auth.startsWith("Bearer tok-") || !publicRepo && auth.equals("Bearer tok-anonymous")) {
            String scope = path.equals("/v2/") ? "" : ",scope=\"repository:" + path.split("/")[2] + ":pull\"";
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"http://" + domain
                    + "/token\",service=\"test-registry\"" + scope);
            send(exchange, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}",
                    null);
        } else if (path.contains("/manifests/")) {
            send(exchange, 200, MANIFEST, ImageManifest.DOCKER_V2);
        } else if (path.contains("/blobs/")) {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write(new byte[500]);
            exchange.getResponseBody().flush();
            exchange.close(); // half the promised bytes, then the connection goes
        } else {
            send(exchange, 200, "{}", null);
        }
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type == null ? "application/json" : type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private HttpRegistry registry() {
        return new HttpRegistry(List.of(), null, Duration.ZERO);
    }

    @Test
    void credentialsAreTradedForATokenScopedToTheRepository() {
        var repository = registry().repository(ImageReference.parse(domain + "/team/app:1"),
                new RegistryCredentials("u", "pw", "", ""), false);

        var manifest = (ImageManifest) repository.manifest("1");

        assertEquals(Digest.parse("sha256:" + "b".repeat(64)), manifest.layers().getFirst().digest());
        assertEquals(List.of("service=test-registry&scope=repository:team/app:pull&account=u"), tokenRequests);
        repository.manifest("1");
        assertEquals(1, tokenRequests.size(), "the token is kept for the next calls");
    }

    @Test
    void aPublicRepositoryIsPulledWithAnAnonymousToken() {
        var repository = registry().repository(ImageReference.parse(domain + "/public/app:1"),
                RegistryCredentials.ANONYMOUS, false);
        assertEquals(ImageManifest.DOCKER_V2, repository.manifest("1").mediaType());
    }

    @Test
    void aRegistryTokenIsSentAsIs() {
        var repository = registry().repository(ImageReference.parse(domain + "/team/app:1"),
                new RegistryCredentials("", "", "", "tok-given"), false);
        repository.manifest("1");
        assertTrue(tokenRequests.isEmpty());
    }

    @Test
    void loginWithAWrongPasswordIsUnauthorizedWithTheTokenServersReason() {
        registry().login(domain, new RegistryCredentials("u", "pw", "", ""));
        var failure = assertThrows(Unauthorized.class,
                () -> registry().login("http://" + domain + "/v2/", new RegistryCredentials("u", "bad", "", "")));
        assertTrue(failure.getMessage().endsWith("unauthorized: incorrect username or password"),
                failure.getMessage());
    }

    @Test
    void aConnectionDroppedMidBlobIsAnIOException() {
        var repository = registry().repository(ImageReference.parse(domain + "/team/app:1"),
                new RegistryCredentials("u", "pw", "", ""), false);
        var layer = new Descriptor("l", Digest.parse("sha256:" + "b".repeat(64)), 1000);
        assertThrows(IOException.class, () -> {
            try (InputStream in = repository.blob(layer)) {
                in.readAllBytes();
            }
        });
    }
}
