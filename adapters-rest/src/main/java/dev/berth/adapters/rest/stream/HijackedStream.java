package dev.berth.adapters.rest.stream;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The raw connection a client handed over after {@code 101 UPGRADED}, written from a blocking (virtual) thread:
 * writes wait while the socket's queue is full, so a slow client slows the producer instead of filling memory.
 */
final class HijackedStream {

    private final NetSocket socket;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final SocketInput input;

    /** The stream, reading what the client sends when {@code withInput} (else the socket is not read). */
    HijackedStream(NetSocket socket, boolean withInput) {
        this.socket = socket;
        this.input = withInput ? new SocketInput(socket) : null;
        socket.closeHandler(v -> closed());
        if (withInput) {
            socket.endHandler(v -> input.end());
            socket.resume();
        }
    }

    /** What the client sends, until it half-closes or goes. */
    SocketInput input() {
        return input;
    }

    /** Writes the bytes; false once the client has gone. */
    boolean write(byte[] bytes) {
        if (closed.get()) {
            return false;
        }
        if (socket.writeQueueFull()) {
            var drained = new CompletableFuture<Void>();
            socket.drainHandler(v -> drained.complete(null));
            socket.closeHandler(v -> {
                closed();
                drained.complete(null);
            });
            if (socket.writeQueueFull()) {
                drained.join();
            }
        }
        socket.write(Buffer.buffer(bytes));
        return !closed.get();
    }

    private void closed() {
        closed.set(true);
        if (input != null) {
            input.end();
        }
    }

    void close() {
        socket.close();
    }

    /** The status line and headers go in a write of their own: some clients lose stream bytes that share it. */
    static void writeHead(NetSocket socket, boolean upgrade, boolean multiplexed) {
        String contentType = multiplexed ? StreamFrames.MULTIPLEXED : StreamFrames.RAW;
        String head = upgrade
                ? "HTTP/1.1 101 UPGRADED\r\nContent-Type: " + contentType + "\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n"
                : "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n\r\n";
        socket.write(Buffer.buffer(head.getBytes(StandardCharsets.US_ASCII)));
    }
}
