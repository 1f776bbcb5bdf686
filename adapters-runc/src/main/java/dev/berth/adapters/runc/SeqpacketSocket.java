package dev.berth.adapters.runc;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A connected {@code AF_UNIX SOCK_SEQPACKET} socket through libc (FFM): the JDK's channels do not offer that type,
 * and conmon's attach socket is one. Each write is one packet; the calls block, so use platform threads.
 */
final class SeqpacketSocket implements AutoCloseable {

    private static final int AF_UNIX = 1;
    private static final int SOCK_SEQPACKET = 5;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int SHUT_RD = 0;
    private static final int SHUT_WR = 1;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final int SUN_PATH = 108;
    private static final int O_PATH = 0x200000;
    private static final int O_DIRECTORY = 0x10000;
    private static final int O_CLOEXEC = 0x80000;

    private static final StructLayout CALL_STATE = Libc.CALL_STATE;
    private static final int EINTR = Libc.EINTR;
    private static final MethodHandle SOCKET = function("socket",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle CONNECT = function("connect",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle SEND = function("send", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle READ = function("read", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final MethodHandle SHUTDOWN = function("shutdown",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle OPEN = function("open",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE = function("close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private final int fd;

    private SeqpacketSocket(int fd) {
        this.fd = fd;
    }

    /**
     * Connects to the socket at {@code path}. A path longer than {@code sun_path} holds is reached through
     * {@code /proc/self/fd/<its directory>}, as conmon's own clients do.
     */
    static SeqpacketSocket connect(Path path) throws IOException {
        if (path.toString().getBytes(StandardCharsets.UTF_8).length < SUN_PATH) {
            return connect(path, path);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int dir = (int) OPEN.invokeExact(state, arena.allocateFrom(path.getParent().toString()),
                    O_PATH | O_DIRECTORY | O_CLOEXEC);
            check(dir, state, "open " + path.getParent());
            try {
                return connect(Path.of("/proc/self/fd", Integer.toString(dir)).resolve(path.getFileName()), path);
            } finally {
                int ignored = (int) CLOSE.invokeExact(state, dir);
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("connect " + path + ": " + e, e);
        }
    }

    private static SeqpacketSocket connect(Path path, Path shown) throws IOException {
        byte[] name = path.toString().getBytes(StandardCharsets.UTF_8);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int fd = (int) SOCKET.invokeExact(state, AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
            check(fd, state, "socket");
            MemorySegment address = arena.allocate(2 + SUN_PATH);
            address.set(ValueLayout.JAVA_SHORT, 0, (short) AF_UNIX);
            MemorySegment.copy(name, 0, address, ValueLayout.JAVA_BYTE, 2, name.length);
            int connected = (int) CONNECT.invokeExact(state, fd, address, 2 + name.length + 1);
            if (connected < 0) {
                int errno = errno(state);
                int ignored = (int) CLOSE.invokeExact(state, fd);
                throw new IOException("connect " + shown + ": errno " + errno);
            }
            return new SeqpacketSocket(fd);
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("connect " + shown + ": " + e, e);
        }
    }

    /** Sends the bytes as one packet. */
    void send(byte[] bytes, int offset, int length) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            MemorySegment buffer = arena.allocate(length);
            MemorySegment.copy(bytes, offset, buffer, ValueLayout.JAVA_BYTE, 0, length);
            long sent;
            do {
                sent = (long) SEND.invokeExact(state, fd, buffer, (long) length, MSG_NOSIGNAL);
            } while (sent < 0 && errno(state) == EINTR);
            check(sent, state, "send");
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("send: " + e, e);
        }
    }

    /** Reads one packet into the buffer; -1 at end of stream. */
    int read(byte[] into) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            MemorySegment buffer = arena.allocate(into.length);
            long read;
            do {
                read = (long) READ.invokeExact(state, fd, buffer, (long) into.length);
            } while (read < 0 && errno(state) == EINTR);
            check(read, state, "read");
            MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, 0, into, 0, (int) read);
            return read == 0 ? -1 : (int) read;
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("read: " + e, e);
        }
    }

    /** Ends what this side sends: the peer sees the end of stream, and can still write to this side. */
    void shutdownOutput() throws IOException {
        call(SHUTDOWN, "shutdown", SHUT_WR);
    }

    /** Stops reading: a blocked {@link #read} returns the end of stream; what the peer writes next fails. */
    void shutdownInput() throws IOException {
        call(SHUTDOWN, "shutdown", SHUT_RD);
    }

    @Override
    public void close() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            check((int) CLOSE.invokeExact(state, fd), state, "close");
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("close: " + e, e);
        }
    }

    private void call(MethodHandle handle, String name, int how) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            check((int) handle.invokeExact(state, fd, how), state, name);
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(name + ": " + e, e);
        }
    }

    private static void check(long result, MemorySegment state, String call) throws IOException {
        Libc.check(result, state, call);
    }

    private static int errno(MemorySegment state) {
        return Libc.errno(state);
    }

    private static MethodHandle function(String name, FunctionDescriptor descriptor) {
        return Libc.function(name, descriptor);
    }
}
