package dev.berth.drivers.network.dns;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.network.NameServer;
import dev.berth.domain.network.Network;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The DNS server of user-defined networks, on each network's gateway address (UDP port 53): containers' names,
 * aliases and short IDs answer from the directory, alone or followed by the network's name as a domain
 * ({@code web.mynet}, the name reverse lookups give), and reverse lookups of their addresses too. An unknown name in
 * the network's domain is NXDOMAIN (the network's names are not asked of the host's resolvers); any other question
 * goes to the host's resolvers and their answer comes back unchanged.
 */
public final class EmbeddedDns implements NameServer {

    private static final int TIMEOUT_MS = 3000;

    private static final int DNS_PORT = 53;

    private final Supplier<List<String>> upstreams;
    private final int port;
    private final int upstreamPort;
    private final Map<String, DatagramSocket> sockets = new ConcurrentHashMap<>();

    /** @param upstreams the host's nameservers (read again for each forwarded question) */
    public EmbeddedDns(Supplier<List<String>> upstreams) {
        this(upstreams, DNS_PORT, DNS_PORT);
    }

    /** On other ports than 53 (0: any free one), so that tests serve and forward on the loopback address. */
    EmbeddedDns(Supplier<List<String>> upstreams, int port, int upstreamPort) {
        this.upstreams = upstreams;
        this.port = port;
        this.upstreamPort = upstreamPort;
    }

    @Override
    public void serve(Network network, Directory directory) {
        if (sockets.containsKey(network.id())) {
            return;
        }
        try {
            DatagramSocket socket = new DatagramSocket(new InetSocketAddress(network.gateway(), port));
            sockets.put(network.id(), socket);
            Thread.ofVirtual().name("dns-" + network.name()).start(() -> serveLoop(network, socket, directory));
        } catch (SocketException e) {
            throw new SystemFault("serving DNS on " + network.gateway() + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** The UDP port the network is served on. */
    int port(Network network) {
        return sockets.get(network.id()).getLocalPort();
    }

    @Override
    public void stop(Network network) {
        DatagramSocket socket = sockets.remove(network.id());
        if (socket != null) {
            socket.close();
        }
    }

    private void serveLoop(Network network, DatagramSocket socket, Directory directory) {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            try {
                DatagramPacket query = new DatagramPacket(buffer, buffer.length);
                socket.receive(query);
                byte[] packet = java.util.Arrays.copyOf(query.getData(), query.getLength());
                var client = query.getSocketAddress();
                Thread.ofVirtual().start(() -> answer(network, socket, directory, packet, client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void answer(Network network, DatagramSocket socket, Directory directory, byte[] packet,
                        java.net.SocketAddress client) {
        try {
            Optional<byte[]> reply = resolve(network, directory, packet);
            if (reply.isPresent()) {
                socket.send(new DatagramPacket(reply.get(), reply.get().length, client));
            }
        } catch (IOException e) {
            // the client is gone or the socket closed: a resolver retries
        }
    }

    /** The answer to a query packet; empty when no answer can be given (the client's resolver then retries). */
    private Optional<byte[]> resolve(Network network, Directory directory, byte[] packet) throws IOException {
        Optional<DnsMessage> parsed = DnsMessage.parseQuery(packet, packet.length);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        DnsMessage query = parsed.get();
        String networkId = network.id();
        String domain = "." + network.name().toLowerCase();
        boolean inDomain = query.name().endsWith(domain);
        List<String> addresses = directory.lookup(networkId, query.name());
        if (addresses.isEmpty() && inDomain) {
            addresses = directory.lookup(networkId, query.name().substring(0, query.name().length() - domain.length()));
        }
        if (!addresses.isEmpty()) {
            return Optional.of(query.type() == DnsMessage.TYPE_A ? query.answerA(addresses) : query.empty(0));
        }
        Optional<String> reverse = query.type() == DnsMessage.TYPE_PTR ? query.reverseAddress() : Optional.empty();
        if (reverse.isPresent()) {
            Optional<String> name = directory.reverse(networkId, reverse.get());
            if (name.isPresent()) {
                return Optional.of(query.answerPtr(name.get()));
            }
        }
        return inDomain ? Optional.of(query.empty(DnsMessage.RCODE_NXDOMAIN)) : forward(packet);
    }

    private Optional<byte[]> forward(byte[] packet) throws IOException {
        for (String server : upstreams.get()) {
            try (DatagramSocket upstream = new DatagramSocket()) {
                upstream.setSoTimeout(TIMEOUT_MS);
                upstream.send(new DatagramPacket(packet, packet.length, InetAddress.getByName(server),
                        upstreamPort));
                byte[] buffer = new byte[4096];
                DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
                upstream.receive(reply);
                return Optional.of(java.util.Arrays.copyOf(reply.getData(), reply.getLength()));
            } catch (SocketTimeoutException e) {
                // try the next one
            }
        }
        return Optional.empty();
    }
}
