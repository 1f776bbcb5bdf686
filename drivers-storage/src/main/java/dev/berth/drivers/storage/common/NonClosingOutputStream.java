package dev.berth.drivers.storage.common;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A view of a stream that its user may close without closing the stream under it (closing only flushes): for
 * writers, such as a tar or a copy helper, that close what they are given while the owner still needs it.
 */
public final class NonClosingOutputStream extends FilterOutputStream {

    public NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    /** Writes the array in one call, not byte by byte as FilterOutputStream would. */
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
