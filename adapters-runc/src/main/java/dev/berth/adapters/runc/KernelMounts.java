package dev.berth.adapters.runc;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.storage.Mount;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** mount(2) and umount2(2) through the FFM API: the JDK has neither. */
final class KernelMounts {

    private static final long MS_RDONLY = 1;
    private static final long MS_NOSUID = 2;
    private static final long MS_NODEV = 4;
    private static final long MS_NOEXEC = 8;
    private static final long MS_REMOUNT = 32;
    private static final long MS_BIND = 4096;
    private static final long MS_REC = 16384;
    private static final int MNT_DETACH = 2;
    private static final int EINVAL = 22;
    private static final int ENOENT = 2;

    /** mount(8) options that are flags; every other option goes to the filesystem as data. */
    private static final Map<String, Long> FLAGS = Map.of(
            "ro", MS_RDONLY, "rw", 0L, "nosuid", MS_NOSUID, "nodev", MS_NODEV, "noexec", MS_NOEXEC,
            "bind", MS_BIND, "rbind", MS_BIND | MS_REC);

    private final MethodHandle mount;
    private final MethodHandle umount2;
    private final MethodHandle strerror;
    private final StructLayout callState = Linker.Option.captureStateLayout();
    private final VarHandle errno = callState.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    KernelMounts() {
        Linker linker = Linker.nativeLinker();
        var libc = linker.defaultLookup();
        var captureErrno = Linker.Option.captureCallState("errno");
        mount = linker.downcallHandle(libc.findOrThrow("mount"), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                ValueLayout.ADDRESS), captureErrno);
        umount2 = linker.downcallHandle(libc.findOrThrow("umount2"), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_INT), captureErrno);
        strerror = linker.downcallHandle(libc.findOrThrow("strerror"),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    }

    /** Performs {@code m} onto {@code target}: an {@code overlay} with its data, or a bind (read-only if asked). */
    void mount(Mount m, Path target) {
        long flags = 0;
        List<String> data = new ArrayList<>();
        for (String option : m.options()) {
            Long flag = FLAGS.get(option);
            if (flag == null) {
                data.add(option);
            } else {
                flags |= flag;
            }
        }
        boolean bind = m.type().equals("bind") || (flags & MS_BIND) != 0;
        if (bind) {
            flags |= MS_BIND;
        }
        String type = bind ? "none" : m.type();
        call(m.source(), target, type, bind ? flags & ~MS_RDONLY : flags, String.join(",", data));
        if (bind && (flags & MS_RDONLY) != 0) {
            // A bind ignores MS_RDONLY on creation: it takes a remount.
            call(m.source(), target, type, flags | MS_REMOUNT, "");
        }
    }

    /** Lazily detaches every mount stacked on {@code target}; nothing mounted there is fine. */
    void detachAll(Path target) {
        while (isMountPoint(target)) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(callState);
                int result = (int) umount2.invokeExact(state, arena.allocateFrom(target.toString()), MNT_DETACH);
                int error = result == 0 ? 0 : (int) errno.get(state, 0L);
                if (result != 0 && error != EINVAL && error != ENOENT) {
                    throw new SystemFault("unmount " + target + ": " + describe(error));
                }
                if (result != 0) {
                    return;
                }
            } catch (SystemFault e) {
                throw e;
            } catch (Throwable e) {
                throw new SystemFault("unmount " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /** Whether {@code target} is a mount point in this mount namespace (per /proc/self/mountinfo). */
    static boolean isMountPoint(Path target) {
        String wanted = target.toAbsolutePath().normalize().toString();
        try {
            return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream()
                    .map(line -> line.split(" "))
                    .anyMatch(fields -> fields.length > 4 && unescape(fields[4]).equals(wanted));
        } catch (IOException e) {
            throw new SystemFault("read /proc/self/mountinfo: " + e.getMessage(), e);
        }
    }

    /** mountinfo escapes space, tab, newline and backslash as octal. */
    private static String unescape(String field) {
        return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
    }

    private void call(String source, Path target, String type, long flags, String data) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(callState);
            MemorySegment dataString = data.isEmpty() ? MemorySegment.NULL : arena.allocateFrom(data);
            int result = (int) mount.invokeExact(state, arena.allocateFrom(source),
                    arena.allocateFrom(target.toString()), arena.allocateFrom(type), flags, dataString);
            if (result != 0) {
                throw new SystemFault("mount " + type + " " + source + " on " + target + ": "
                        + describe((int) errno.get(state, 0L)));
            }
        } catch (SystemFault e) {
            throw e;
        } catch (Throwable e) {
            throw new SystemFault("mount " + target + ": " + e.getMessage(), e);
        }
    }

    private String describe(int error) {
        try {
            MemorySegment message = (MemorySegment) strerror.invokeExact(error);
            return message.reinterpret(Integer.MAX_VALUE).getString(0);
        } catch (Throwable e) {
            return "errno " + error;
        }
    }
}
