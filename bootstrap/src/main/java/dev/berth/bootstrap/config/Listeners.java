package dev.berth.bootstrap.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code -H} addresses as Quarkus HTTP settings: at most one Unix socket and one TCP address. */
public record Listeners(String unixSocket, String tcpHost, Integer tcpPort) {

    public static Listeners of(List<String> hosts) {
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
                    port = uri.getPort() < 0 ? 2375 : uri.getPort();
                }
                default -> throw new DaemonOptions.OptionsException(
                        "invalid host " + address + ": use unix:///path or tcp://address:port");
            }
        }
        return new Listeners(unix, host, port);
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
            p.put("quarkus.http.port", String.valueOf(tcpPort));
        }
        return p;
    }
}
