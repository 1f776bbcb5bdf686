package dev.berth.drivers.network.proxy;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.PortBinding;
import dev.berth.domain.error.Conflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Published ports on the loopback address, relayed to a "container" that is a server on another loopback port. */
class UserlandProxyTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final UserlandProxy proxy = new UserlandProxy();
    private final ContainerId container = ContainerId.random();

    @AfterEach
    void close() {
        proxy.closeAll(container);
    }

    @Test
    void aTcpConnectionIsRelayedBothWaysAndHalfClosed() throws IOException {
        try (ServerSocket upper = new ServerSocket(0, 50, LOOPBACK)) {
            Thread.ofVirtual().start(() -> answerUppercase(upper));
            PortBinding opened = proxy.open(container, new PortBinding(upper.getLocalPort(), "tcp", "127.0.0.1", 0, 0),
                    "127.0.0.1");
            assertTrue(opened.hostPort() > 0);
            try (Socket client = new Socket(LOOPBACK, opened.hostPort())) {
                client.getOutputStream().write("hello".getBytes(StandardCharsets.UTF_8));
                client.shutdownOutput();
                assertEquals("HELLO", new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aUdpDatagramIsRelayedAndAnswered() throws IOException {
        try (DatagramSocket echo = new DatagramSocket(0, LOOPBACK); DatagramSocket client = new DatagramSocket()) {
            Thread.ofVirtual().start(() -> echoOnce(echo));
            PortBinding opened = proxy.open(container, new PortBinding(echo.getLocalPort(), "udp", "127.0.0.1", 0, 0),
                    "127.0.0.1");
            byte[] ping = "ping".getBytes(StandardCharsets.UTF_8);
            client.send(new DatagramPacket(ping, ping.length, new InetSocketAddress(LOOPBACK, opened.hostPort())));
            DatagramPacket reply = new DatagramPacket(new byte[64], 64);
            client.receive(reply);
            assertEquals("ping", new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aTakenHostPortIsAConflict() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, LOOPBACK)) {
            int port = taken.getLocalPort();
            Conflict conflict = assertThrows(Conflict.class,
                    () -> proxy.open(container, new PortBinding(80, "tcp", "127.0.0.1", port, port), "127.0.0.1"));
            assertTrue(conflict.getMessage().contains("port is already allocated"), conflict.getMessage());
        }
    }

    @Test
    void closingAContainersPortsStopsListening() throws IOException {
        PortBinding opened = proxy.open(container, new PortBinding(80, "tcp", "127.0.0.1", 0, 0), "127.0.0.1");
        proxy.closeAll(container);
        assertThrows(ConnectException.class, () -> new Socket(LOOPBACK, opened.hostPort()).close());
    }

    private static void answerUppercase(ServerSocket server) {
        try (Socket peer = server.accept()) {
            String text = new String(peer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            peer.getOutputStream().write(text.toUpperCase().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void echoOnce(DatagramSocket socket) {
        try {
            DatagramPacket packet = new DatagramPacket(new byte[64], 64);
            socket.receive(packet);
            socket.send(new DatagramPacket(packet.getData(), packet.getLength(), packet.getSocketAddress()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
