package dev.berth.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Passes registry requests through on a loopback port of its own, spoiling the layer downloads the way networks and
 * bad mirrors do: every blob bigger than {@code minSize} has a byte flipped, or the first one is cut off halfway.
 */
final class FaultyRegistryProxy implements AutoCloseable {

    enum Fault { CORRUPT_BLOBS, DROP_FIRST_BLOB }

    /** Headers the proxy's HTTP server sets itself. */
    private static final Set<String> OWN_HEADERS = Set.of("content-length", "transfer-encoding", "date", "connection");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final LocalRegistry registry;
    private final Fault fault;
    private final long minSize;
    private final AtomicInteger drops = new AtomicInteger();

    FaultyRegistryProxy(LocalRegistry registry, Fault fault, long minSize) throws IOException {
        this.registry = registry;
        this.fault = fault;
        this.minSize = minSize;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    String domain() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many downloads were cut off. */
    int drops() {
        return drops.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI target = registry.uri(exchange.getRequestURI().toString());
            var request = HttpRequest.newBuilder(target)
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody());
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (name.equalsIgnoreCase("Accept") || name.equalsIgnoreCase("Authorization")) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!OWN_HEADERS.contains(name.toLowerCase())) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] body = answer.body();
            boolean spoiled = exchange.getRequestMethod().equals("GET")
                    && exchange.getRequestURI().getPath().contains("/blobs/sha256:") && body.length > minSize;
            if (spoiled && fault == Fault.DROP_FIRST_BLOB && drops.compareAndSet(0, 1)) {
                exchange.sendResponseHeaders(answer.statusCode(), body.length);
                exchange.getResponseBody().write(body, 0, body.length / 2);
                return; // closing short of the promised length ends the connection
            }
            if (spoiled && fault == Fault.CORRUPT_BLOBS) {
                body[body.length / 2] ^= 0x01;
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(answer.statusCode(), head || body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        client.close();
    }
}
