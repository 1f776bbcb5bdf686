package dev.berth.adapters.runc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * A pseudo-terminal the daemon holds the master side of (FFM: the JDK has no ptys). Its slave is given to a child
 * process as its terminal; reading the master gives what the child writes, writing it types to the child. The
 * calls block: read from a platform thread. Once every slave descriptor is closed, reads end (EIO).
 */
final class Pty {

    private static final int O_RDWR = 2;
    private static final int O_NOCTTY = 0x100;
    private static final int O_CLOEXEC = 0x80000;
    private static final int EIO = 5;
    private static final long TIOCSWINSZ = 0x5414;
    private static final int PATH_MAX = 4096;

    private static final MethodHandle POSIX_OPENPT = Libc.function("posix_openpt",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle GRANTPT = Libc.function("grantpt",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle UNLOCKPT = Libc.function("unlockpt",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle PTSNAME_R = Libc.function("ptsname_r", FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final MethodHandle IOCTL = Libc.function("ioctl", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle READ = Libc.function("read", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final MethodHandle WRITE = Libc.function("write", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final MethodHandle CLOSE = Libc.function("close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private final int master;
    private final String slave;
    /** Writes and the close share this lock, so that no write reaches a descriptor number reused after it. */
    private final Object lock = new Object();
    private boolean closed;

    private Pty(int master, String slave) {
        this.master = master;
        this.slave = slave;
    }

    /** A new pty of {@code rows} x {@code columns} (0 x 0: unsized). */
    static Pty open(int rows, int columns) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            int fd = (int) POSIX_OPENPT.invokeExact(state, O_RDWR | O_NOCTTY | O_CLOEXEC);
            Libc.check(fd, state, "posix_openpt");
            Pty pty = null;
            try {
                Libc.check((int) GRANTPT.invokeExact(state, fd), state, "grantpt");
                Libc.check((int) UNLOCKPT.invokeExact(state, fd), state, "unlockpt");
                MemorySegment name = arena.allocate(PATH_MAX);
                int failed = (int) PTSNAME_R.invokeExact(state, fd, name, (long) PATH_MAX);
                if (failed != 0) {
                    throw new IOException("ptsname_r failed: errno " + failed);
                }
                pty = new Pty(fd, name.getString(0));
                if (rows > 0 && columns > 0) {
                    pty.resize(rows, columns);
                }
                return pty;
            } finally {
                if (pty == null) {
                    int ignored = (int) CLOSE.invokeExact(state, fd);
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("opening a pty: " + e, e);
        }
    }

    /** The slave's path ({@code /dev/pts/N}). */
    String slavePath() {
        return slave;
    }

    void resize(int rows, int columns) throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(Libc.CALL_STATE);
                MemorySegment size = arena.allocate(8, 2); // struct winsize: rows, columns, x and y pixels
                size.set(ValueLayout.JAVA_SHORT, 0, (short) rows);
                size.set(ValueLayout.JAVA_SHORT, 2, (short) columns);
                Libc.check((int) IOCTL.invokeExact(state, master, TIOCSWINSZ, size), state, "ioctl TIOCSWINSZ");
            } catch (IOException e) {
                throw e;
            } catch (Throwable e) {
                throw new IOException("resizing the pty: " + e, e);
            }
        }
    }

    /** What the child writes; ends when the child side is closed. Closing it closes the pty. */
    InputStream output() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                return length == 0 ? 0 : readMaster(into, offset, length);
            }

            @Override
            public void close() throws IOException {
                Pty.this.close();
            }
        };
    }

    /** Typing to the child. Closing it does nothing: a terminal's input has no end but the terminal's. */
    OutputStream input() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                writeMaster(bytes, offset, length);
            }
        };
    }

    private int readMaster(byte[] into, int offset, int length) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            MemorySegment buffer = arena.allocate(length);
            long read;
            do {
                read = (long) READ.invokeExact(state, master, buffer, (long) length);
            } while (read < 0 && Libc.errno(state) == Libc.EINTR);
            if (read < 0 && Libc.errno(state) == EIO) {
                return -1; // the child side is closed
            }
            Libc.check(read, state, "read");
            MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, 0, into, offset, (int) read);
            return read == 0 ? -1 : (int) read;
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("read: " + e, e);
        }
    }

    private void writeMaster(byte[] bytes, int offset, int length) throws IOException {
        synchronized (lock) {
            if (closed) {
                throw new IOException("the terminal is closed");
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(Libc.CALL_STATE);
                MemorySegment buffer = arena.allocate(Math.max(1, length));
                MemorySegment.copy(bytes, offset, buffer, ValueLayout.JAVA_BYTE, 0, length);
                long written = 0;
                while (written < length) {
                    long n = (long) WRITE.invokeExact(state, master, buffer.asSlice(written), length - written);
                    if (n < 0 && Libc.errno(state) == Libc.EINTR) {
                        continue;
                    }
                    Libc.check(n, state, "write");
                    written += n;
                }
            } catch (IOException e) {
                throw e;
            } catch (Throwable e) {
                throw new IOException("write: " + e, e);
            }
        }
    }

    void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(Libc.CALL_STATE);
                Libc.check((int) CLOSE.invokeExact(state, master), state, "close");
            } catch (IOException e) {
                throw e;
            } catch (Throwable e) {
                throw new IOException("close: " + e, e);
            }
        }
    }
}
