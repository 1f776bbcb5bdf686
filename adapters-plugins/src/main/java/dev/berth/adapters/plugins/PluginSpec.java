package dev.berth.adapters.plugins;

import dev.berth.domain.error.NotImplemented;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;

/** A discovered v1 plugin: its name and address ({@code unix:///run/docker/plugins/x.sock}, {@code tcp://h:p}). */
public record PluginSpec(String name, String address) {

    public static PluginSpec socket(String name, Path socket) {
        return new PluginSpec(name, "unix://" + socket.toAbsolutePath());
    }

    /** Where to connect; TLS ({@code https://} or a {@code .json} spec's TLSConfig) is not supported yet. */
    public SocketAddress socketAddress() {
        URI uri = URI.create(address);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        return switch (scheme) {
            case "unix" -> UnixDomainSocketAddress.of(uri.getPath());
            case "tcp", "http" -> new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
            default -> throw new NotImplemented("plugin " + name + ": address " + address
                    + " is not supported (only unix:// and tcp://)");
        };
    }
}
