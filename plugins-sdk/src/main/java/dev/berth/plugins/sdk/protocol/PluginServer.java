package dev.berth.plugins.sdk.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A v1 plugin's endpoint: a minimal HTTP/1.1 server on a Unix socket (the JDK's HttpServer binds only to TCP)
 * answering {@code /Plugin.Activate} with the protocols it implements and each {@code POST /Protocol.Method} with
 * its handler's JSON. A handler's exception is answered as {@code {"Err": message}}.
 */
public final class PluginServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PluginServer.class.getName());

    /** One endpoint: the request's JSON object in, the response's out. */
    public interface Endpoint extends Function<Map<String, Object>, Map<String, Object>> {
    }

    private final Path socket;
    private final ServerSocketChannel server;
    private final Map<String, Endpoint> endpoints;
    private final Thread acceptor;

    private PluginServer(Path socket, ServerSocketChannel server, Map<String, Endpoint> endpoints) {
        this.socket = socket;
        this.server = server;
        this.endpoints = endpoints;
        this.acceptor = Thread.ofPlatform().name("plugin-server-" + socket.getFileName()).daemon()
                .unstarted(this::accept);
    }

    /** Binds {@code socket} (a stale socket file there is replaced) and starts serving. */
    public static PluginServer start(Path socket, List<String> implemented, Map<String, Endpoint> endpoints)
            throws IOException {
        Files.createDirectories(socket.toAbsolutePath().getParent());
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Map<String, Endpoint> all = new HashMap<>(endpoints);
        all.put("/Plugin.Activate", request -> Map.of("Implements", List.copyOf(implemented)));
        PluginServer plugin = new PluginServer(socket, server, Map.copyOf(all));
        plugin.acceptor.start();
        return plugin;
    }

    public Path socket() {
        return socket;
    }

    /** Serves until the process ends (a plugin's main). */
    public void join() throws InterruptedException {
        acceptor.join();
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel connection = server.accept();
                Thread.ofVirtual().name("plugin-connection").start(() -> serve(connection));
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "plugin socket " + socket + ": accept failed", e);
            }
        }
    }

    /** Keep-alive: requests are answered in turn until the client closes the connection. */
    private void serve(SocketChannel connection) {
        try (connection) {
            InputStream in = Channels.newInputStream(connection);
            OutputStream out = Channels.newOutputStream(connection);
            for (var request = HttpMessage.read(in); request.isPresent(); request = HttpMessage.read(in)) {
                answer(request.get()).writeTo(out);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "plugin connection ended", e);
        }
    }

    private HttpMessage answer(HttpMessage request) {
        Endpoint endpoint = endpoints.get(request.path());
        if (endpoint == null) {
            return HttpMessage.response(404, Json.write(Map.of("Err", "unknown endpoint " + request.path())));
        }
        try {
            return HttpMessage.response(200, Json.write(endpoint.apply(Json.parseObject(request.text()))));
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return HttpMessage.response(PluginErrors.status(e), Json.write(Map.of("Err", message)));
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
    }
}
