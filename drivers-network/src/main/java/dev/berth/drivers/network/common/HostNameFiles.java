package dev.berth.drivers.network.common;

import dev.berth.domain.error.SystemFault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The host's /etc/resolv.conf and /etc/hosts, read when a container starts (they may change meanwhile). */
public final class HostNameFiles {

    private HostNameFiles() {
    }

    public static List<String> resolvConf() {
        return lines(Path.of("/etc/resolv.conf"));
    }

    public static List<String> hosts() {
        return lines(Path.of("/etc/hosts"));
    }

    /** The host's nameservers, loopback ones included (the embedded server runs in the host's namespace). */
    public static List<String> nameservers() {
        return resolvConf().stream().map(String::trim).filter(line -> line.startsWith("nameserver"))
                .map(line -> line.split("\\s+")).filter(words -> words.length > 1).map(words -> words[1]).toList();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new SystemFault("reading " + file + ": " + e.getMessage(), e);
        }
    }
}
