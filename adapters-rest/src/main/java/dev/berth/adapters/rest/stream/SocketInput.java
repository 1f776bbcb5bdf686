package dev.berth.adapters.rest.stream;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;

import java.io.InputStream;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * What a client sends on a hijacked connection, as a blocking stream: the event loop queues each chunk, a reader
 * thread takes them. The socket is paused while too much waits (a container that reads slowly, or has not started),
 * so input never piles up in memory. {@link #end()} marks the client's half-close or disconnect.
 */
final class SocketInput extends InputStream {

    private static final int HIGH_WATER = 1 << 20;
    private static final int LOW_WATER = 1 << 18;
    private static final byte[] END = new byte[0];

    private final NetSocket socket;
    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private long queued;
    private boolean paused;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    SocketInput(NetSocket socket) {
        this.socket = socket;
        socket.handler(this::received);
    }

    /** The client shut down its writing side (half-close): no more input, the output goes on. */
    void end() {
        chunks.offer(END);
    }

    private void received(Buffer buffer) {
        byte[] bytes = buffer.getBytes();
        if (bytes.length == 0) {
            return;
        }
        synchronized (this) {
            queued += bytes.length;
            if (queued > HIGH_WATER && !paused) {
                paused = true;
                socket.pause();
            }
        }
        chunks.offer(bytes);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position == current.length && !next()) {
            return -1;
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, into, offset, count);
        position += count;
        return count;
    }

    private boolean next() {
        if (ended) {
            return false;
        }
        try {
            byte[] chunk = chunks.take();
            if (chunk == END) {
                ended = true;
                return false;
            }
            current = chunk;
            position = 0;
            taken(chunk.length);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = true;
            return false;
        }
    }

    private synchronized void taken(int length) {
        queued -= length;
        if (paused && queued < LOW_WATER) {
            paused = false;
            socket.resume();
        }
    }
}
