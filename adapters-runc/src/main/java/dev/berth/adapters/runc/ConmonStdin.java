package dev.berth.adapters.runc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * One client's standard input to a container, through conmon's attach socket: bytes go in packets conmon reads
 * whole. conmon also copies the container's output to every attached socket; that copy is read and dropped (the
 * output is served from the log), so conmon never blocks on us. Closing ends this client's input; conmon then
 * closes the process's stdin unless it runs with {@code --leave-stdin-open}.
 */
final class ConmonStdin extends OutputStream {

    /** Below conmon's read buffer (32 KiB): a larger packet would be cut. */
    private static final int PACKET = 8192;

    private final SeqpacketSocket socket;
    private final Thread drain;
    private boolean closed;

    private ConmonStdin(SeqpacketSocket socket) {
        this.socket = socket;
        this.drain = Thread.ofPlatform().daemon().name("attach-drain").start(this::drainOutput);
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
        for (int sent = 0; sent < length; sent += PACKET) {
            socket.send(bytes, offset + sent, Math.min(PACKET, length - sent));
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            socket.shutdown();
            drain.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            socket.close();
        }
    }

    private void drainOutput() {
        byte[] buffer = new byte[PACKET * 4];
        try {
            while (socket.read(buffer) >= 0) {
                // the output copy: dropped, see the class comment
            }
        } catch (IOException e) {
            // The connection broke: nothing to drain any more, and the writer learns it on its next send.
        }
    }
}
