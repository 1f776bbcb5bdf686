package dev.berth.adapters.runc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The daemon's own resource limits, as /proc/self/limits lists them. */
final class HostLimits {

    private HostLimits() {
    }

    /** The hard limit on open files ({@code Max open files  soft  hard  files}); Long.MAX_VALUE if unlimited. */
    static long nofileHardLimit() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
            if (line.startsWith("Max open files")) {
                String[] fields = line.substring("Max open files".length()).trim().split("\\s+");
                return fields[1].equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(fields[1]);
            }
        }
        return Long.MAX_VALUE;
    }
}
