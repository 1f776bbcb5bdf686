package dev.berth.drivers.network.ipam;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.network.Ipv4Subnet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The IPv4 routes of the host's namespace, from {@code /proc/net/route} (destination and mask in little-endian hex). */
public final class HostRoutes {

    private static final Path ROUTES = Path.of("/proc/net/route");

    private HostRoutes() {
    }

    public static List<Ipv4Subnet> read() {
        try {
            return parse(Files.readAllLines(ROUTES));
        } catch (IOException e) {
            throw new SystemFault("reading " + ROUTES + ": " + e.getMessage(), e);
        }
    }

    static List<Ipv4Subnet> parse(List<String> lines) {
        List<Ipv4Subnet> routes = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 8) {
                continue;
            }
            int destination = Integer.reverseBytes(Integer.parseUnsignedInt(fields[1], 16));
            int mask = Integer.reverseBytes(Integer.parseUnsignedInt(fields[7], 16));
            routes.add(new Ipv4Subnet(destination, Integer.bitCount(mask)));
        }
        return routes;
    }
}
