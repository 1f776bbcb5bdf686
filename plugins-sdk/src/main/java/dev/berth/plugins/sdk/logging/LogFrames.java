package dev.berth.plugins.sdk.logging;

import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.runtime.LogStream;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The stream a log driver plugin reads from its FIFO: each entry a 4-byte big-endian length, then moby's
 * {@code LogEntry} protocol buffer ({@code api/types/plugins/logdriver/entry.proto}: {@code source = 1},
 * {@code time_nano = 2}, {@code line = 3}, {@code partial = 4}). The line travels without its newline; an entry
 * that did not end one is {@code partial}.
 */
public final class LogFrames {

    /** dockerd's decoder refuses larger messages; so does this one, rather than allocate what garbage asks. */
    public static final int MAX_MESSAGE = 1_000_000;

    private static final int SOURCE = 1;
    private static final int TIME_NANO = 2;
    private static final int LINE = 3;
    private static final int PARTIAL = 4;
    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private LogFrames() {
    }

    /** The entry framed: length, then message. */
    public static ByteBuffer encode(LogEntry entry) {
        byte[] content = entry.content();
        boolean partial = content.length == 0 || content[content.length - 1] != '\n';
        byte[] line = partial ? content : Arrays.copyOf(content, content.length - 1);
        ByteArrayOutputStream message = new ByteArrayOutputStream(line.length + 48);
        bytes(message, SOURCE, entry.stream().name().toLowerCase().getBytes(StandardCharsets.US_ASCII));
        tag(message, TIME_NANO, VARINT);
        varint(message, nanos(entry.time()));
        bytes(message, LINE, line);
        if (partial) {
            tag(message, PARTIAL, VARINT);
            varint(message, 1);
        }
        ByteBuffer frame = ByteBuffer.allocate(4 + message.size());
        frame.putInt(message.size()).put(message.toByteArray()).flip();
        return frame;
    }

    /** The next entry; empty at the end of the stream. A frame cut short or malformed is an IOException. */
    public static Optional<LogEntry> read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int first = data.read();
        if (first < 0) {
            return Optional.empty();
        }
        byte[] lengthRest = new byte[3];
        data.readFully(lengthRest);
        long length = ((long) first << 24) | ((lengthRest[0] & 0xffL) << 16) | ((lengthRest[1] & 0xffL) << 8)
                | (lengthRest[2] & 0xffL);
        if (length > MAX_MESSAGE) {
            throw new IOException("log entry of " + length + " bytes exceeds " + MAX_MESSAGE);
        }
        byte[] message = new byte[(int) length];
        data.readFully(message);
        return Optional.of(decode(ByteBuffer.wrap(message)));
    }

    private static LogEntry decode(ByteBuffer message) throws IOException {
        LogStream stream = LogStream.STDOUT;
        long nanos = 0;
        byte[] line = new byte[0];
        boolean partial = false;
        try {
            while (message.hasRemaining()) {
                long key = varint(message);
                int field = (int) (key >>> 3);
                switch ((int) (key & 7)) {
                    case VARINT -> {
                        long value = varint(message);
                        if (field == TIME_NANO) {
                            nanos = value;
                        } else if (field == PARTIAL) {
                            partial = value != 0;
                        }
                    }
                    case LENGTH_DELIMITED -> {
                        byte[] value = new byte[Math.toIntExact(varint(message))];
                        message.get(value);
                        if (field == SOURCE) {
                            stream = new String(value, StandardCharsets.US_ASCII).equals("stderr")
                                    ? LogStream.STDERR : LogStream.STDOUT;
                        } else if (field == LINE) {
                            line = value;
                        }
                    }
                    case FIXED64 -> message.position(message.position() + 8);
                    case FIXED32 -> message.position(message.position() + 4);
                    default -> throw new IOException("log entry: unknown wire type in key " + key);
                }
            }
        } catch (RuntimeException e) { // a length past the end, a varint too long
            throw new IOException("malformed log entry: " + e, e);
        }
        byte[] content = partial ? line : Arrays.copyOf(line, line.length + 1);
        if (!partial) {
            content[line.length] = '\n';
        }
        return new LogEntry(stream, Instant.ofEpochSecond(0, nanos), content);
    }

    private static long nanos(Instant time) {
        return time.getEpochSecond() * 1_000_000_000L + time.getNano();
    }

    private static void bytes(ByteArrayOutputStream out, int field, byte[] value) {
        tag(out, field, LENGTH_DELIMITED);
        varint(out, value.length);
        out.writeBytes(value);
    }

    private static void tag(ByteArrayOutputStream out, int field, int wireType) {
        varint(out, ((long) field << 3) | wireType);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7fL) != 0) {
            out.write((int) ((value & 0x7f) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static long varint(ByteBuffer in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new EOFException("varint longer than 10 bytes");
    }
}
