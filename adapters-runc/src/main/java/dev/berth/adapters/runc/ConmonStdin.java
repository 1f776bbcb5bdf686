package dev.berth.adapters.runc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One client's standard input to a container, through conmon's attach socket: bytes go in packets conmon reads
 * whole. conmon also copies the container's output to every attached socket; that copy is read and dropped (the
 * output is served from the log), so conmon never blocks on us. Closing ends this client's input; conmon then
 * closes the process's stdin unless it runs with {@code --leave-stdin-open}.
 */
final class ConmonStdin extends OutputStream {

    /** Below conmon's read buffer (32 KiB): a larger packet would be cut. */
    private static final int PACKET = 8192;
    /** Long enough for conmon to see the end of input, short enough not to keep a connection per past client. */
    private static final Duration LINGER = Duration.ofSeconds(1);

    private final SeqpacketSocket socket;
    private boolean closed;
    /** The drain closed the socket: its descriptor may belong to another file now. */
    private boolean released;

    private ConmonStdin(SeqpacketSocket socket) {
        this.socket = socket;
        Thread.ofPlatform().daemon().name("attach-drain").start(this::drainOutput);
    }

    static ConmonStdin connect(Path attachSocket) throws IOException {
        return new ConmonStdin(SeqpacketSocket.connect(attachSocket));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        synchronized (socket) {
            if (released) {
                throw new IOException("the container's monitor ended the connection");
            }
            for (int sent = 0; sent < length; sent += PACKET) {
                socket.send(bytes, offset + sent, Math.min(PACKET, length - sent));
            }
        }
    }

    /**
     * Ends this client's input, then goes on reading for {@link #LINGER}. conmon (2.1 here) frees a connection it
     * failed to write the container's output to, and then skips closing the process's stdin at that connection's
     * end: a connection that stopped reading at once could leave a {@code StdinOnce} container (a {@code tr} that
     * answered its first line) waiting for more input forever.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (socket) {
            if (!released) {
                socket.shutdownOutput();
            }
        }
        Thread.ofVirtual().name("attach-linger").start(() -> {
            try {
                Thread.sleep(LINGER);
                synchronized (socket) {
                    if (!released) {
                        socket.shutdownInput(); // ends the drain, which closes the socket
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the drain is ending anyway
            }
        });
    }

    private void drainOutput() {
        byte[] buffer = new byte[PACKET * 4];
        try {
            while (socket.read(buffer) >= 0) {
                // the output copy: dropped, see the class comment
            }
        } catch (IOException e) {
            // The connection broke: nothing to drain any more, and the writer learns it on its next send.
        } finally {
            release();
        }
    }

    private void release() {
        synchronized (socket) {
            released = true;
            try {
                socket.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }
}
