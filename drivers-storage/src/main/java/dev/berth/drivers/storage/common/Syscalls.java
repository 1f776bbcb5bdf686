package dev.berth.drivers.storage.common;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The few libc calls the JDK lacks: mknod (device nodes, FIFOs, overlay whiteouts), extended attributes and times
 * on a path without following symlinks. Failures surface as {@link FileSystemException} with the C library's message.
 */
public final class Syscalls {

    /** File type bits of {@code st_mode}, as mknod(2) takes them. */
    public static final int S_IFIFO = 0010000;
    public static final int S_IFCHR = 0020000;
    public static final int S_IFBLK = 0060000;

    private static final int ENODATA = 61;
    private static final int ERANGE = 34;
    private static final long MAX_XATTR_SIZE = 65536;
    private static final int AT_FDCWD = -100;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final MethodHandle MKNOD =
            capturingErrno("mknod", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG));
    private static final MethodHandle LSETXATTR = capturingErrno("lsetxattr",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle LGETXATTR = capturingErrno("lgetxattr",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    private static final MethodHandle LLISTXATTR = capturingErrno("llistxattr",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    private static final MethodHandle UTIMENSAT = capturingErrno("utimensat",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    private static final MethodHandle STRERROR = LINKER.downcallHandle(
            LINKER.defaultLookup().findOrThrow("strerror"), FunctionDescriptor.of(ADDRESS, JAVA_INT));

    private Syscalls() {
    }

    /** Creates a device node or FIFO; {@code mode} holds the type bits and the permissions. */
    public static void mknod(Path path, int mode, long device) throws IOException {
        call((arena, state) -> {
            int result = (int) MKNOD.invokeExact(state, arena.allocateFrom(path.toString()), mode, device);
            if (result != 0) {
                throw failure(path, "mknod", state);
            }
            return null;
        });
    }

    public static void lsetxattr(Path path, String name, byte[] value) throws IOException {
        call((arena, state) -> {
            MemorySegment data = arena.allocate(Math.max(1, value.length));
            MemorySegment.copy(value, 0, data, JAVA_BYTE, 0, value.length);
            int result = (int) LSETXATTR.invokeExact(state, arena.allocateFrom(path.toString()),
                    arena.allocateFrom(name), data, (long) value.length, 0);
            if (result != 0) {
                throw failure(path, "lsetxattr " + name, state);
            }
            return null;
        });
    }

    /**
     * Sets access and modification times of the path itself: the JDK opens the file to do so, which blocks on a
     * FIFO and follows symlinks.
     */
    public static void lutimes(Path path, FileTime accessed, FileTime modified) throws IOException {
        call((arena, state) -> {
            MemorySegment times = arena.allocate(JAVA_LONG, 4);
            setTimespec(times, 0, accessed.toInstant());
            setTimespec(times, 2, modified.toInstant());
            int result = (int) UTIMENSAT.invokeExact(state, AT_FDCWD, arena.allocateFrom(path.toString()), times,
                    AT_SYMLINK_NOFOLLOW);
            if (result != 0) {
                throw failure(path, "utimensat", state);
            }
            return null;
        });
    }

    private static void setTimespec(MemorySegment times, int index, Instant instant) {
        times.setAtIndex(JAVA_LONG, index, instant.getEpochSecond());
        times.setAtIndex(JAVA_LONG, index + 1, instant.getNano());
    }

    /** The attribute's value, or empty when the path does not carry it. */
    public static Optional<byte[]> lgetxattr(Path path, String name) throws IOException {
        return call((arena, state) -> {
            for (long capacity = 256; ; capacity *= 16) {
                MemorySegment data = arena.allocate(capacity);
                long size = (long) LGETXATTR.invokeExact(state, arena.allocateFrom(path.toString()),
                        arena.allocateFrom(name), data, capacity);
                if (size >= 0) {
                    return Optional.of(data.asSlice(0, size).toArray(JAVA_BYTE));
                }
                int errno = (int) ERRNO.get(state, 0L);
                if (errno == ENODATA) {
                    return Optional.empty();
                }
                if (errno != ERANGE || capacity >= MAX_XATTR_SIZE) {
                    throw failure(path, "lgetxattr " + name, state);
                }
            }
        });
    }

    /** The names of the extended attributes the path itself carries. */
    public static List<String> llistxattr(Path path) throws IOException {
        return call((arena, state) -> {
            for (long capacity = 256; ; capacity *= 16) {
                MemorySegment list = arena.allocate(capacity);
                long size = (long) LLISTXATTR.invokeExact(state, arena.allocateFrom(path.toString()), list, capacity);
                if (size >= 0) {
                    List<String> names = new ArrayList<>();
                    for (long offset = 0; offset < size; ) {
                        String name = list.getString(offset);
                        names.add(name);
                        offset += name.getBytes(StandardCharsets.UTF_8).length + 1;
                    }
                    return names;
                }
                if ((int) ERRNO.get(state, 0L) != ERANGE || capacity >= MAX_XATTR_SIZE) {
                    throw failure(path, "llistxattr", state);
                }
            }
        });
    }

    /** glibc's makedev: the 64-bit dev_t of a major and minor device number. */
    public static long makedev(long major, long minor) {
        return ((major & 0xfffff000L) << 32) | ((major & 0xfffL) << 8)
                | ((minor & 0xffffff00L) << 12) | (minor & 0xffL);
    }

    public static long major(long device) {
        return ((device >>> 32) & 0xfffff000L) | ((device >>> 8) & 0xfffL);
    }

    public static long minor(long device) {
        return ((device >>> 12) & 0xffffff00L) | (device & 0xffL);
    }

    /** One native call with its own arena and a place for errno. */
    private interface NativeCall<T> {
        T run(Arena arena, MemorySegment state) throws Throwable;
    }

    private static <T> T call(NativeCall<T> call) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            return call.run(arena, arena.allocate(CALL_STATE));
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("native call failed", t);
        }
    }

    private static MethodHandle capturingErrno(String function, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow(function), descriptor,
                Linker.Option.captureCallState("errno"));
    }

    private static FileSystemException failure(Path path, String call, MemorySegment state) throws Throwable {
        int errno = (int) ERRNO.get(state, 0L);
        MemorySegment message = (MemorySegment) STRERROR.invokeExact(errno);
        return new FileSystemException(path.toString(), null,
                call + ": " + message.reinterpret(Long.MAX_VALUE).getString(0));
    }
}
