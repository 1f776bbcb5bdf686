package dev.berth.adapters.runc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-container /etc/hostname, /etc/hosts and /etc/resolv.conf, kept in the bundle and bind-mounted over the
 * image's, as dockerd does.
 */
record EtcFiles(Path hostname, Path hosts, Path resolvConf) {

    private static final List<String> FALLBACK_NAMESERVERS = List.of("nameserver 8.8.8.8", "nameserver 8.8.4.4");

    static EtcFiles in(Path bundle) {
        return new EtcFiles(bundle.resolve("hostname"), bundle.resolve("hosts"), bundle.resolve("resolv.conf"));
    }

    void write(String containerHostname, Path hostResolvConf) throws IOException {
        AtomicFile.write(hostname, (containerHostname + "\n").getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(hosts, hostsContent(containerHostname).getBytes(StandardCharsets.UTF_8));
        List<String> hostLines = Files.exists(hostResolvConf) ? Files.readAllLines(hostResolvConf) : List.of();
        AtomicFile.write(resolvConf, resolvConfContent(hostLines).getBytes(StandardCharsets.UTF_8));
    }

    static String hostsContent(String hostname) {
        return """
                127.0.0.1	localhost
                ::1	localhost ip6-localhost ip6-loopback
                fe00::0	ip6-localnet
                ff00::0	ip6-mcastprefix
                ff02::1	ip6-allnodes
                ff02::2	ip6-allrouters
                127.0.0.1	%s
                """.formatted(hostname);
    }

    /**
     * The host's resolv.conf without loopback nameservers (they would point into the container's own network
     * namespace); Google's when none is left, like dockerd.
     */
    static String resolvConfContent(List<String> hostLines) {
        List<String> lines = new ArrayList<>();
        boolean nameserver = false;
        for (String line : hostLines) {
            String[] words = line.trim().split("\\s+");
            boolean isNameserver = words.length >= 2 && words[0].equals("nameserver");
            if (isNameserver && words[1].startsWith("127.")) {
                continue;
            }
            nameserver |= isNameserver;
            lines.add(line);
        }
        if (!nameserver) {
            lines.addAll(FALLBACK_NAMESERVERS);
        }
        return String.join("\n", lines) + "\n";
    }
}
