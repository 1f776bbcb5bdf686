package dev.berth.drivers.network.proxy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Relays datagrams: each client address gets its own socket towards the target, whose answers go back to that
 * client from the listening socket.
 */
final class UdpForward implements UserlandProxy.Forward {

    private final DatagramChannel listener;
    private final InetSocketAddress target;
    private final Map<SocketAddress, DatagramChannel> clients = new ConcurrentHashMap<>();

    private UdpForward(DatagramChannel listener, InetSocketAddress target) {
        this.listener = listener;
        this.target = target;
    }

    static UdpForward open(InetSocketAddress listen, InetSocketAddress target) throws IOException {
        DatagramChannel listener = DatagramChannel.open();
        try {
            listener.bind(listen);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        UdpForward forward = new UdpForward(listener, target);
        Thread.ofVirtual().name("proxy-udp-" + forward.port()).start(forward::receiveLoop);
        return forward;
    }

    private void receiveLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(65536);
        while (listener.isOpen()) {
            try {
                buffer.clear();
                SocketAddress client = listener.receive(buffer);
                buffer.flip();
                upstream(client).write(buffer);
            } catch (IOException e) {
                if (!listener.isOpen()) {
                    return;
                }
            }
        }
    }

    private DatagramChannel upstream(SocketAddress client) throws IOException {
        DatagramChannel known = clients.get(client);
        if (known != null) {
            return known;
        }
        DatagramChannel upstream = DatagramChannel.open().connect(target);
        clients.put(client, upstream);
        Thread.ofVirtual().start(() -> answerLoop(client, upstream));
        return upstream;
    }

    private void answerLoop(SocketAddress client, DatagramChannel upstream) {
        ByteBuffer buffer = ByteBuffer.allocate(65536);
        try (upstream) {
            while (listener.isOpen()) {
                buffer.clear();
                upstream.read(buffer);
                buffer.flip();
                listener.send(buffer, client);
            }
        } catch (IOException e) {
            clients.remove(client);
        }
    }

    @Override
    public int port() {
        return listener.socket().getLocalPort();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (DatagramChannel upstream : clients.values()) {
            upstream.close();
        }
    }
}
