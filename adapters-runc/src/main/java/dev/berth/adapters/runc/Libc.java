package dev.berth.adapters.runc;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * libc calls through the FFM API, for what the JDK does not offer (SOCK_SEQPACKET, ptys, posix_spawn). Each
 * handle captures {@code errno}: pass a {@link #CALL_STATE} segment as its first argument.
 */
final class Libc {

    static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    static final int EINTR = 4;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");

    private Libc() {
    }

    static MethodHandle function(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        Linker.Option[] all = new Linker.Option[options.length + 1];
        all[0] = CAPTURE;
        System.arraycopy(options, 0, all, 1, options.length);
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), descriptor, all);
    }

    static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /** A negative result is the call's failure, with its errno. */
    static void check(long result, MemorySegment state, String call) throws IOException {
        if (result < 0) {
            throw new IOException(call + " failed: errno " + errno(state));
        }
    }
}
