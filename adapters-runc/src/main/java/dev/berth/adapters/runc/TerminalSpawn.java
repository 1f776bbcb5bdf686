package dev.berth.adapters.runc;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Starts a child whose stdin, stdout and stderr are a terminal (posix_spawn through FFM). ProcessBuilder cannot:
 * it would open the terminal in the daemon, which, as a session leader without one (under systemd), would make it
 * the daemon's controlling terminal. Here the child opens it with O_NOCTTY. Its exit is awaited with waitpid on a
 * platform thread of its own.
 */
final class TerminalSpawn {

    private static final int O_RDWR = 2;
    private static final int O_NOCTTY = 0x100;
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    /** Larger than glibc's posix_spawnattr_t (336 bytes), posix_spawn_file_actions_t (80) and sigset_t (128). */
    private static final long OPAQUE = 1024;

    private static final MethodHandle FILE_ACTIONS_INIT = Libc.function("posix_spawn_file_actions_init",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle FILE_ACTIONS_DESTROY = Libc.function("posix_spawn_file_actions_destroy",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle ADD_OPEN = Libc.function("posix_spawn_file_actions_addopen",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle ADD_DUP2 = Libc.function("posix_spawn_file_actions_adddup2",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT,
                    ValueLayout.JAVA_INT));
    private static final MethodHandle ADD_CLOSEFROM = Libc.function("posix_spawn_file_actions_addclosefrom_np",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle ATTR_INIT = Libc.function("posix_spawnattr_init",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle ATTR_DESTROY = Libc.function("posix_spawnattr_destroy",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle ATTR_SETFLAGS = Libc.function("posix_spawnattr_setflags",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_SHORT));
    private static final MethodHandle ATTR_SETSIGMASK = Libc.function("posix_spawnattr_setsigmask",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle ATTR_SETSIGDEFAULT = Libc.function("posix_spawnattr_setsigdefault",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle SIGEMPTYSET = Libc.function("sigemptyset",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle SIGFILLSET = Libc.function("sigfillset",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle POSIX_SPAWN = Libc.function("posix_spawn", FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
            ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle WAITPID = Libc.function("waitpid", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle KILL = Libc.function("kill",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private final int pid;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    private TerminalSpawn(int pid) {
        this.pid = pid;
        Thread.ofPlatform().daemon().name("waitpid-" + pid).start(this::awaitExit);
    }

    /** Starts {@code command} (an absolute path first) with the daemon's environment, on the terminal. */
    static TerminalSpawn start(List<String> command, String terminal) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            MemorySegment actions = arena.allocate(OPAQUE, 16);
            MemorySegment attributes = arena.allocate(OPAQUE, 16);
            ok((int) FILE_ACTIONS_INIT.invokeExact(state, actions), "posix_spawn_file_actions_init");
            ok((int) ATTR_INIT.invokeExact(state, attributes), "posix_spawnattr_init");
            try {
                ok((int) ADD_OPEN.invokeExact(state, actions, 0, arena.allocateFrom(terminal), O_RDWR | O_NOCTTY, 0),
                        "posix_spawn_file_actions_addopen");
                ok((int) ADD_DUP2.invokeExact(state, actions, 0, 1), "posix_spawn_file_actions_adddup2");
                ok((int) ADD_DUP2.invokeExact(state, actions, 0, 2), "posix_spawn_file_actions_adddup2");
                // The daemon's other descriptors are not the child's business.
                ok((int) ADD_CLOSEFROM.invokeExact(state, actions, 3), "posix_spawn_file_actions_addclosefrom_np");
                MemorySegment none = arena.allocate(OPAQUE, 16);
                MemorySegment all = arena.allocate(OPAQUE, 16);
                ok((int) SIGEMPTYSET.invokeExact(state, none), "sigemptyset");
                ok((int) SIGFILLSET.invokeExact(state, all), "sigfillset");
                ok((int) ATTR_SETSIGMASK.invokeExact(state, attributes, none), "posix_spawnattr_setsigmask");
                ok((int) ATTR_SETSIGDEFAULT.invokeExact(state, attributes, all), "posix_spawnattr_setsigdefault");
                ok((int) ATTR_SETFLAGS.invokeExact(state, attributes,
                        (short) (POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)), "posix_spawnattr_setflags");
                MemorySegment pid = arena.allocate(ValueLayout.JAVA_INT);
                int failed = (int) POSIX_SPAWN.invokeExact(state, pid, arena.allocateFrom(command.getFirst()),
                        actions, attributes, strings(arena, command), strings(arena, environment()));
                if (failed != 0) {
                    throw new IOException("posix_spawn " + command.getFirst() + ": errno " + failed);
                }
                return new TerminalSpawn(pid.get(ValueLayout.JAVA_INT, 0));
            } finally {
                int ignored = (int) FILE_ACTIONS_DESTROY.invokeExact(state, actions);
                ignored = (int) ATTR_DESTROY.invokeExact(state, attributes);
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException("spawning " + command.getFirst() + ": " + e, e);
        }
    }

    long pid() {
        return pid;
    }

    /** Completes with the exit code (128 + the signal when a signal ended it). */
    CompletableFuture<Integer> exit() {
        return exit;
    }

    void signal(int signal) {
        if (exit.isDone()) {
            return; // reaped: the pid may be another process's by now
        }
        try (Arena arena = Arena.ofConfined()) {
            int ignored = (int) KILL.invokeExact(arena.allocate(Libc.CALL_STATE), pid, signal);
        } catch (Throwable e) {
            throw new IllegalStateException("kill " + pid + ": " + e, e);
        }
    }

    private void awaitExit() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Libc.CALL_STATE);
            MemorySegment status = arena.allocate(ValueLayout.JAVA_INT);
            int waited;
            do {
                waited = (int) WAITPID.invokeExact(state, pid, status, 0);
            } while (waited < 0 && Libc.errno(state) == Libc.EINTR);
            Libc.check(waited, state, "waitpid " + pid);
            int raw = status.get(ValueLayout.JAVA_INT, 0);
            exit.complete((raw & 0x7f) == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f));
        } catch (Throwable e) {
            exit.completeExceptionally(e);
        }
    }

    private static List<String> environment() {
        return System.getenv().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /** A NULL-terminated {@code char *[]}. */
    private static MemorySegment strings(Arena arena, List<String> values) {
        MemorySegment array = arena.allocate(ValueLayout.ADDRESS, values.size() + 1L);
        for (int i = 0; i < values.size(); i++) {
            array.setAtIndex(ValueLayout.ADDRESS, i, arena.allocateFrom(values.get(i)));
        }
        array.setAtIndex(ValueLayout.ADDRESS, values.size(), MemorySegment.NULL);
        return array;
    }

    /** posix_spawn's functions answer an error number rather than setting errno. */
    private static void ok(int result, String call) throws IOException {
        if (result != 0) {
            throw new IOException(call + " failed: error " + result);
        }
    }
}
