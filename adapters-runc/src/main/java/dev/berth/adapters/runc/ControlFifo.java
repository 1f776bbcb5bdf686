package dev.berth.adapters.runc;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes one message to conmon's control FIFO. The FIFO is opened non-blocking (libc through FFM: the JDK opens
 * it blocking), so a monitor that is gone makes the open fail with ENXIO instead of hanging the caller.
 */
final class ControlFifo {

    private static final int O_WRONLY = 1;
    private static final int O_NONBLOCK = 0x800;
    private static final int O_CLOEXEC = 0x80000;
    private static final int ENXIO = 6;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");
    private static final MethodHandle OPEN = function("open",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle WRITE = function("write", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final MethodHandle CLOSE = function("close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private ControlFifo() {
    }

    /** The resize message conmon's control FIFO reads ({@code 1} is its window-resize event). */
    static String resizeMessage(int rows, int columns) {
        return "1 " + rows + " " + columns + "\n";
    }

    /** The message that has conmon reopen its log file ({@code 2} is its reopen-logs event). */
    static String reopenLogsMessage() {
        return "2 0 0\n";
    }

    /**
     * Writes the message in one {@code write} (shorter than PIPE_BUF, so whole). False when no monitor reads the
     * FIFO any more.
     */
    static boolean write(Path fifo, String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int fd = (int) OPEN.invokeExact(state, arena.allocateFrom(fifo.toString()),
                    O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd < 0) {
                if (errno(state) == ENXIO) {
                    return false;
                }
                throw new IOException("open " + fifo + " failed: errno " + errno(state));
            }
            try {
                long written = (long) WRITE.invokeExact(state, fd, arena.allocateFrom(ValueLayout.JAVA_BYTE, bytes),
                        (long) bytes.length);
                if (written != bytes.length) {
                    throw new IOException("write " + fifo + " failed: errno " + errno(state));
                }
                return true;
            } finally {
                int ignored = (int) CLOSE.invokeExact(state, fd);
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("write " + fifo + ": " + e, e);
        }
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    private static MethodHandle function(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), descriptor, CAPTURE);
    }
}
