package dev.berth.bootstrap.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code -H} addresses as Quarkus HTTP settings: at most one Unix socket and one TCP address, the latter over
 * TLS when {@code tls} is present. As in dockerd, a TCP address without a port listens on 2375, or 2376 with TLS.
 */
public record Listeners(String unixSocket, String tcpHost, Integer tcpPort, Optional<TlsSettings> tls) {

    public static Listeners of(List<String> hosts, Optional<TlsSettings> tls) {
        String unix = null;
        String host = null;
        Integer port = null;
        for (String address : hosts) {
            URI uri = URI.create(address.trim());
            switch (uri.getScheme() == null ? "" : uri.getScheme()) {
                case "unix" -> {
                    if (unix != null) {
                        throw new DaemonOptions.OptionsException("only one unix socket can be served: " + address);
                    }
                    unix = uri.getPath();
                }
                case "tcp" -> {
                    if (host != null) {
                        throw new DaemonOptions.OptionsException("only one tcp address can be served: " + address);
                    }
                    host = uri.getHost() == null ? "0.0.0.0" : uri.getHost();
                    port = uri.getPort() >= 0 ? uri.getPort() : tls.isPresent() ? 2376 : 2375;
                }
                default -> throw new DaemonOptions.OptionsException(
                        "invalid host " + address + ": use unix:///path or tcp://address:port");
            }
        }
        return new Listeners(unix, host, port, tls);
    }

    public Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("quarkus.http.domain-socket-enabled", String.valueOf(unixSocket != null));
        if (unixSocket != null) {
            p.put("quarkus.http.domain-socket", unixSocket);
        }
        p.put("quarkus.http.host-enabled", String.valueOf(tcpHost != null));
        if (tcpHost != null) {
            p.put("quarkus.http.host", tcpHost);
            if (tls.isPresent()) {
                // Only HTTPS on the TCP address; the Unix socket is not affected by this setting.
                p.put("quarkus.http.ssl-port", String.valueOf(tcpPort));
                p.put("quarkus.http.insecure-requests", "disabled");
                p.putAll(tls.get().properties());
            } else {
                p.put("quarkus.http.port", String.valueOf(tcpPort));
            }
        }
        return p;
    }
}
