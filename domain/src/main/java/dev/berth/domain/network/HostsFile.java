package dev.berth.domain.network;

import java.util.List;

/** The /etc/hosts dockerd writes: the standard entries, the {@code --add-host} ones, then the container itself. */
public final class HostsFile {

    private static final String DEFAULTS = """
            127.0.0.1	localhost
            ::1	localhost ip6-localhost ip6-loopback
            fe00::0	ip6-localnet
            ff00::0	ip6-mcastprefix
            ff02::1	ip6-allnodes
            ff02::2	ip6-allrouters
            """;

    private HostsFile() {
    }

    /**
     * @param extraHosts {@code name:address} entries ({@code --add-host}), already resolved ({@code host-gateway})
     * @param address    the container's address on its first network; empty without one (then the hostname maps to
     *                   127.0.0.1, as Berth always did for a private namespace)
     */
    public static String render(String hostname, String address, List<String> extraHosts) {
        StringBuilder text = new StringBuilder(DEFAULTS);
        for (String entry : extraHosts) {
            int colon = entry.indexOf(':');
            text.append(entry.substring(colon + 1)).append('\t').append(entry, 0, colon).append('\n');
        }
        text.append(address.isEmpty() ? "127.0.0.1" : address).append('\t').append(hostname).append('\n');
        return text.toString();
    }
}
