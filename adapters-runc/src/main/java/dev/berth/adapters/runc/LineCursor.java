package dev.berth.adapters.runc;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Predicate;

/**
 * Reads a growing file line by line, remembering where it stopped: a last line still being written (no newline
 * yet) is left for the next read. It tells when another file took its path (the log was rotated).
 */
final class LineCursor implements Closeable {

    private static final int CHUNK = 64 * 1024;

    private final Path file;
    /** The identity (device, inode) of the file opened; taken before the open, so a race errs towards reopening. */
    private final Object fileKey;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    /** Where the first line not yet handed out starts. */
    private long position;

    LineCursor(Path file) throws IOException {
        this.file = file;
        this.fileKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    /** True once another file is at the path; false while none is (a rotation half done). */
    boolean replaced() throws IOException {
        try {
            return !Files.readAttributes(file, BasicFileAttributes.class).fileKey().equals(fileKey);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Hands each complete line (without its newline) to {@code consumer}; false when the consumer stopped. */
    boolean readLines(Predicate<byte[]> consumer) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long readPosition = position;
        while (true) {
            buffer.clear();
            int read = channel.read(buffer, readPosition);
            if (read <= 0) {
                return true;
            }
            readPosition += read;
            byte[] bytes = buffer.array();
            int start = 0;
            for (int i = 0; i < read; i++) {
                if (bytes[i] == '\n') {
                    line.write(bytes, start, i - start);
                    position += line.size() + 1;
                    boolean more = consumer.test(line.toByteArray());
                    line.reset();
                    if (!more) {
                        return false;
                    }
                    start = i + 1;
                }
            }
            line.write(bytes, start, read - start);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
