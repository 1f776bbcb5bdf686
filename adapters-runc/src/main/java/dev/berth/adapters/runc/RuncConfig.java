package dev.berth.adapters.runc;

import java.nio.file.Path;

/**
 * Where the runc adapter finds its tools and keeps its state.
 *
 * @param runtimeBinary the OCI runtime ({@code /usr/sbin/runc})
 * @param conmonBinary  the per-container monitor ({@code /usr/bin/conmon})
 * @param execRoot      the daemon's runtime directory ({@code /run/berth}); the adapter owns {@code <execRoot>/runc/}
 * @param cgroupParent  the cgroup every container is placed under ({@code berth})
 */
public record RuncConfig(Path runtimeBinary, Path conmonBinary, Path execRoot, String cgroupParent) {

    public static RuncConfig defaults(Path execRoot) {
        return new RuncConfig(Path.of("/usr/sbin/runc"), Path.of("/usr/bin/conmon"), execRoot, "berth");
    }
}
