package dev.berth.adapters.plugins;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.error.Unavailable;
import dev.berth.plugins.sdk.protocol.HttpMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plugins that misbehave: each gives a clear error and no call waits past its timeout. */
class PluginClientTest {

    @TempDir
    Path dir;

    private ServerSocketChannel server;

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aPluginThatNeverAnswersTimesOut() throws IOException {
        PluginClient client = fakePlugin(null);

        var e = assertThrows(Unavailable.class, () -> client.call("VolumeDriver.List", Map.of()));
        assertTrue(e.getMessage().endsWith("no answer within 0s"), e.getMessage());
    }

    @Test
    void garbageIsUnavailable() throws IOException {
        PluginClient client = fakePlugin("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nnot json!");

        var e = assertThrows(Unavailable.class, () -> client.call("VolumeDriver.List", Map.of()));
        assertTrue(e.getMessage().startsWith("VolumeDriver.List: plugin fake answered garbage"), e.getMessage());
    }

    @Test
    void anErrFromADockerPluginIsASystemFaultWithItsMessage() throws IOException {
        PluginClient client = fakePlugin("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 14\r\n\r\n"
                + "{\"Err\":\"boom\"}");

        var e = assertThrows(SystemFault.class, () -> client.call("VolumeDriver.Create", Map.of()));
        assertEquals("VolumeDriver.Create: boom", e.getMessage());
    }

    /** Accepts one connection, reads the request and answers {@code response} (or nothing, holding it open). */
    private PluginClient fakePlugin(String response) throws IOException {
        Path socket = dir.resolve("fake.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread.ofVirtual().start(() -> {
            try (SocketChannel connection = server.accept()) {
                HttpMessage.read(Channels.newInputStream(connection)).orElseThrow();
                if (response != null) {
                    connection.write(ByteBuffer.wrap(response.getBytes(StandardCharsets.ISO_8859_1)));
                }
                while (connection.read(ByteBuffer.allocate(1)) >= 0) {
                    // until the client gives up
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        return new PluginClient(PluginSpec.socket("fake", socket), Duration.ofMillis(300));
    }
}
