package dev.berth.application.image;

import dev.berth.domain.error.NotImplemented;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** A tar as given (imports, registry layers) made plain: gzip is recognised by its magic bytes, as dockerd does. */
public final class Uncompressed {

    private Uncompressed() {
    }

    public static InputStream of(InputStream in) throws IOException {
        var buffered = new BufferedInputStream(in);
        buffered.mark(4);
        byte[] magic = buffered.readNBytes(4);
        buffered.reset();
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return new GZIPInputStream(buffered, 64 * 1024);
        }
        if (magic.length == 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
                && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd) {
            throw new NotImplemented("zstd-compressed layers are not supported");
        }
        return buffered;
    }
}
