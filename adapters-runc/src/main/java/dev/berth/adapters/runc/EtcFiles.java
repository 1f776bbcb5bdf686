package dev.berth.adapters.runc;

import java.io.IOException;
import dev.berth.domain.network.HostsFile;
import dev.berth.domain.network.ResolvConf;
import dev.berth.domain.runtime.NetworkSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The per-container /etc/hostname, /etc/hosts and /etc/resolv.conf, kept in the bundle and bind-mounted over the
 * image's, as dockerd does.
 */
record EtcFiles(Path hostname, Path hosts, Path resolvConf) {

    static EtcFiles in(Path bundle) {
        return new EtcFiles(bundle.resolve("hostname"), bundle.resolve("hosts"), bundle.resolve("resolv.conf"));
    }

    /** Writes the network's files; where it has none, the defaults for a private namespace. */
    void write(String containerHostname, NetworkSpec network, Path hostResolvConf) throws IOException {
        AtomicFile.write(hostname, (containerHostname + "\n").getBytes(StandardCharsets.UTF_8));
        String hostsText = network.hosts() != null ? network.hosts()
                : HostsFile.render(containerHostname, "", List.of());
        AtomicFile.write(hosts, hostsText.getBytes(StandardCharsets.UTF_8));
        String resolvText = network.resolvConf();
        if (resolvText == null) {
            List<String> hostLines = Files.exists(hostResolvConf) ? Files.readAllLines(hostResolvConf) : List.of();
            resolvText = ResolvConf.render(hostLines, List.of(), List.of(), List.of());
        }
        AtomicFile.write(resolvConf, resolvText.getBytes(StandardCharsets.UTF_8));
    }
}
