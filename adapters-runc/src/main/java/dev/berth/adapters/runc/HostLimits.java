package dev.berth.adapters.runc;

import dev.berth.domain.container.Capabilities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The daemon's own resource limits, as /proc/self/limits lists them. */
final class HostLimits {

    private HostLimits() {
    }

    /**
     * The capabilities the daemon may pass on (its bounding set, {@code CapBnd} in /proc/self/status): runc
     * cannot grant more, so a privileged container gets these rather than a start failure.
     */
    static List<String> boundingCapabilities() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("CapBnd:")) {
                long mask = Long.parseUnsignedLong(line.substring("CapBnd:".length()).trim(), 16);
                List<String> caps = new ArrayList<>();
                for (int bit = 0; bit < Capabilities.ALL.size(); bit++) {
                    if ((mask & (1L << bit)) != 0) {
                        caps.add(Capabilities.ALL.get(bit));
                    }
                }
                return caps;
            }
        }
        return Capabilities.ALL;
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
