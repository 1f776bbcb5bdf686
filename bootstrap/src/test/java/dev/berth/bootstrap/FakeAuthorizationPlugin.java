package dev.berth.bootstrap;

import dev.berth.plugins.sdk.protocol.HttpMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A broken authorization plugin in the test's process: it answers the handshake as an {@code authz} plugin, then
 * either never answers a question ({@link Behaviour#HANG}) or answers it with something that is not JSON.
 */
final class FakeAuthorizationPlugin implements AutoCloseable {

    enum Behaviour { HANG, GARBAGE }

    private final ServerSocketChannel server;
    private final Path socket;
    private final Behaviour behaviour;
    private final CountDownLatch closed = new CountDownLatch(1);

    private FakeAuthorizationPlugin(ServerSocketChannel server, Path socket, Behaviour behaviour) {
        this.server = server;
        this.socket = socket;
        this.behaviour = behaviour;
    }

    static FakeAuthorizationPlugin start(Path socket, Behaviour behaviour) throws IOException {
        Files.createDirectories(socket.getParent());
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        FakeAuthorizationPlugin plugin = new FakeAuthorizationPlugin(server, socket, behaviour);
        Thread.ofPlatform().daemon().start(plugin::accept);
        return plugin;
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel connection = server.accept();
                Thread.ofVirtual().start(() -> serve(connection));
            } catch (IOException closing) {
                return; // the test closed the socket
            }
        }
    }

    private void serve(SocketChannel connection) {
        try (connection) {
            OutputStream out = Channels.newOutputStream(connection);
            var request = HttpMessage.read(Channels.newInputStream(connection));
            if (request.isEmpty()) {
                return;
            }
            if (request.get().path().equals("/Plugin.Activate")) {
                HttpMessage.response(200, "{\"Implements\":[\"authz\"]}").writeTo(out);
            } else if (behaviour == Behaviour.GARBAGE) {
                out.write("HTTP/1.1 200 OK\r\ncontent-length: 9\r\n\r\n<garbage>".getBytes(StandardCharsets.US_ASCII));
            } else {
                closed.await(); // holds the question until the test ends
            }
        } catch (IOException | InterruptedException ended) {
            // the daemon gave up on the call, or the test is over
        }
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        server.close();
        Files.deleteIfExists(socket);
    }
}
