package dev.berth.application.container;

import dev.berth.domain.container.DetachKeys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A TTY client's input with its detach sequence taken out (moby/term's escape proxy): the bytes of a partial match
 * are held back, passed on if the sequence breaks off, and dropped when it completes; the stream then ends and
 * {@link #detached()} tells so. Unlike moby's proxy, a sequence arriving in one packet counts too.
 */
final class DetachableInput extends InputStream {

    private final InputStream input;
    private final byte[] keys;
    private int matched;
    private boolean detached;
    private boolean ended;
    private byte[] ready = new byte[0];
    private int position;

    DetachableInput(InputStream input, DetachKeys keys) {
        this.input = input;
        this.keys = keys.sequence();
    }

    /** Whether the input ended because the client typed the detach keys. */
    boolean detached() {
        return detached;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == ready.length) {
            if (detached || ended) {
                return -1;
            }
            fill(length);
        }
        int count = Math.min(length, ready.length - position);
        System.arraycopy(ready, position, into, offset, count);
        position += count;
        return count;
    }

    /** Reads the next chunk and keeps what passes the filter (possibly nothing) ready. */
    private void fill(int size) throws IOException {
        byte[] chunk = new byte[size];
        int read = input.read(chunk);
        ByteArrayOutputStream passed = new ByteArrayOutputStream(Math.max(read, 0) + matched);
        if (read < 0) {
            ended = true;
            passed.write(keys, 0, matched); // a sequence cut short by the end is plain input
            matched = 0;
        }
        for (int i = 0; i < read && !detached; i++) {
            byte b = chunk[i];
            if (b != keys[matched]) {
                passed.write(keys, 0, matched);
                matched = 0;
            }
            if (b == keys[matched]) {
                matched++;
                detached = matched == keys.length; // what follows the sequence is not for the container
            } else {
                passed.write(b);
            }
        }
        ready = passed.toByteArray();
        position = 0;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
