package dev.berth.drivers.network.proxy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/** Relays each accepted TCP connection to the target on two virtual threads (one per direction). */
final class TcpForward implements UserlandProxy.Forward {

    /** How long a close waits for the accept loop to let go of the port. */
    private static final Duration RELEASE = Duration.ofSeconds(2);

    private final ServerSocketChannel server;
    private Thread acceptor;

    private TcpForward(ServerSocketChannel server) {
        this.server = server;
    }

    static TcpForward open(InetSocketAddress listen, InetSocketAddress target) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(listen);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        TcpForward forward = new TcpForward(server);
        forward.acceptor = Thread.ofVirtual().name("proxy-" + forward.port()).start(() -> forward.acceptLoop(target));
        return forward;
    }

    private void acceptLoop(InetSocketAddress target) {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                Thread.ofVirtual().start(() -> relay(client, target));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private static void relay(SocketChannel client, InetSocketAddress target) {
        try (client; SocketChannel upstream = SocketChannel.open(target)) {
            Thread back = Thread.ofVirtual().start(() -> pump(upstream, client));
            pump(client, upstream);
            back.join();
        } catch (IOException e) {
            // the container refused or went away: the client sees its connection closed, as with docker-proxy
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies until end of stream, then half-closes the other side so that protocols relying on it work. */
    private static void pump(SocketChannel from, SocketChannel to) {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
            to.shutdownOutput();
        } catch (ClosedChannelException e) {
            // the other direction closed both
        } catch (IOException e) {
            closeQuietly(to);
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // already broken: nothing more to release
        }
    }

    @Override
    public int port() {
        return server.socket().getLocalPort();
    }

    /**
     * Stops listening. A channel closed while a thread waits in accept on it is released only when that thread leaves:
     * waiting for it makes the port free when this returns, so that a container run again at once can take it.
     */
    @Override
    public void close() throws IOException {
        server.close();
        try {
            acceptor.join(RELEASE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
