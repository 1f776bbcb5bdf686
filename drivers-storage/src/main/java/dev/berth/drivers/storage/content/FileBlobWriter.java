package dev.berth.drivers.storage.content;

import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.Digest;
import dev.berth.domain.storage.BlobWriter;
import dev.berth.drivers.storage.common.NonClosingOutputStream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** One ingest: bytes go to a temp file while their sha256 is computed; commit verifies, syncs and renames. */
final class FileBlobWriter implements BlobWriter {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Path temp;
    private final Path blobs;
    private final FileChannel channel;
    private final MessageDigest sha256 = Digest.newSha256();
    private final OutputStream stream;
    private boolean finished;

    FileBlobWriter(Path temp, Path blobs) throws IOException {
        this.temp = temp;
        this.blobs = blobs;
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        // buffered below the digest: layers arrive in many small writes, each would otherwise be a syscall
        var buffered = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
        this.stream = new DigestOutputStream(new NonClosingOutputStream(buffered), sha256);
    }

    @Override
    public OutputStream stream() {
        return stream;
    }

    @Override
    public Digest digest() {
        try {
            return new Digest(HexFormat.of().formatHex(((MessageDigest) sha256.clone()).digest()));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 supports clone", e);
        }
    }

    @Override
    public Digest commit(Digest expected) {
        if (finished) {
            throw new IllegalStateException("ingest already finished");
        }
        Digest actual = digest();
        try {
            stream.flush();
            channel.force(true);
            channel.close();
            if (expected != null && !expected.equals(actual)) {
                throw new Conflict("unexpected commit digest " + actual + ", expected " + expected
                        + ": failed precondition");
            }
            Path target = blobs.resolve(actual.hex());
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                moveAtomically(target);
            }
            finished = true;
            return actual;
        } catch (IOException e) {
            throw new SystemFault("cannot commit content " + actual + ": " + e.getMessage(), e);
        } finally {
            if (!finished) {
                discard();
            }
        }
    }

    private void moveAtomically(Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("ingest and blob directories must share a filesystem", e);
        }
        try (FileChannel dir = FileChannel.open(blobs, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    @Override
    public void close() {
        if (!finished) {
            discard();
        }
    }

    private void discard() {
        finished = true;
        try {
            channel.close();
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new SystemFault("cannot discard ingest " + temp + ": " + e.getMessage(), e);
        }
    }
}
