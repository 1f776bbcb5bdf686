package dev.berth.application.image;

import dev.berth.domain.image.Digest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** Hashes and counts the bytes read through it, telling {@code progress} the running count. */
final class MeasuredInputStream extends FilterInputStream {

    private final MessageDigest sha256 = Digest.newSha256();
    private final LongConsumer progress;
    private long count;
    private boolean broken;

    MeasuredInputStream(InputStream in, LongConsumer progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = readThrough(() -> super.read());
        if (b >= 0) {
            sha256.update((byte) b);
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = readThrough(() -> super.read(buffer, offset, length));
        if (n > 0) {
            sha256.update(buffer, offset, n);
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)]); // skipped bytes must be hashed too
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Reads what is left (a compressed layer's trailing bytes) so the digest covers the whole blob. */
    void drain() throws IOException {
        transferTo(OutputStream.nullOutputStream());
    }

    /** Whether reading the underlying stream failed (a transport error, as opposed to bad content). */
    boolean broken() {
        return broken;
    }

    private int readThrough(Read read) throws IOException {
        try {
            return read.run();
        } catch (IOException e) {
            broken = true;
            throw e;
        }
    }

    @FunctionalInterface
    private interface Read {
        int run() throws IOException;
    }

    long count() {
        return count;
    }

    Digest digest() {
        return new Digest(HexFormat.of().formatHex(sha256.digest()));
    }

    private void advance(int n) {
        count += n;
        progress.accept(count);
    }
}
