package dev.berth.application.network;

import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerNetworking;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.network.HostsFile;
import dev.berth.domain.network.Network;
import dev.berth.domain.network.ResolvConf;

import java.util.ArrayList;
import java.util.List;

/** A container's /etc/hosts and /etc/resolv.conf for the network it is on, as dockerd writes them. */
final class NameFiles {

    private final HostFiles host;

    NameFiles(HostFiles host) {
        this.host = host;
    }

    /** {@code --add-host} entries with {@code host-gateway} replaced by the default bridge's gateway. */
    static List<String> extraHosts(ContainerNetworking networking, String hostGateway) {
        List<String> entries = new ArrayList<>();
        for (String entry : networking.extraHosts()) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new InvalidParameter("invalid argument \"" + entry + "\" for \"--add-host\" flag");
            }
            String address = entry.substring(colon + 1);
            entries.add(entry.substring(0, colon) + ":" + (address.equals("host-gateway") ? hostGateway : address));
        }
        return entries;
    }

    String hosts(Container container, String address, String hostGateway) {
        return HostsFile.render(container.config().hostname(), address,
                extraHosts(container.hostConfig().networking(), hostGateway));
    }

    /** The host's own /etc/hosts, then the extra entries (the host network's container shares the host's names). */
    String hostNetworkHosts(Container container, String hostGateway) {
        StringBuilder text = new StringBuilder();
        host.hosts().get().forEach(line -> text.append(line).append('\n'));
        for (String entry : extraHosts(container.hostConfig().networking(), hostGateway)) {
            int colon = entry.indexOf(':');
            text.append(entry.substring(colon + 1)).append('\t').append(entry, 0, colon).append('\n');
        }
        return text.toString();
    }

    /**
     * On a network with names, the embedded server on the gateway answers (with {@code ndots:0}, as dockerd, so
     * that single names are asked as they are); elsewhere the host's resolvers, or the {@code --dns} ones.
     */
    String resolvConf(Container container, Network network) {
        ContainerNetworking settings = container.hostConfig().networking();
        if (network != null && network.resolvesNames()) {
            List<String> options = new ArrayList<>(List.of("ndots:0"));
            options.addAll(settings.dnsOptions());
            return ResolvConf.render(host.resolvConf().get(), List.of(network.gateway()), settings.dnsSearch(),
                    options);
        }
        return ResolvConf.render(host.resolvConf().get(), settings.dns(), settings.dnsSearch(), settings.dnsOptions());
    }
}
