package dev.berth.adapters.runc;

import dev.berth.domain.runtime.ResourceUsage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The interfaces of a process's network namespace from {@code /proc/<pid>/net/dev} (two header lines, then
 * {@code name: rx_bytes rx_packets rx_errs rx_drop fifo frame compressed multicast tx_bytes tx_packets tx_errs
 * tx_drop ...}); loopback is left out, as dockerd lists only the container's endpoints.
 */
final class NetDev {

    private NetDev() {
    }

    static Map<String, ResourceUsage.Network> read(Path netDev) throws IOException {
        Map<String, ResourceUsage.Network> interfaces = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(netDev)) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).strip();
                String[] f = line.substring(colon + 1).strip().split("\\s+");
                if (name.equals("lo") || f.length < 12) {
                    continue;
                }
                interfaces.put(name, new ResourceUsage.Network(n(f[0]), n(f[1]), n(f[2]), n(f[3]), n(f[8]), n(f[9]),
                        n(f[10]), n(f[11])));
            }
        } catch (NoSuchFileException gone) {
            // The process has just exited: it has no interfaces any more.
        }
        return interfaces;
    }

    private static long n(String field) {
        return Long.parseLong(field);
    }
}
