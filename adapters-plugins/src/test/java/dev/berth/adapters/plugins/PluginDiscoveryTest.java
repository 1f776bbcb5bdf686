package dev.berth.adapters.plugins;

import dev.berth.domain.error.NotImplemented;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PluginDiscoveryTest {

    @TempDir
    Path dir;

    @Test
    void aSocketInASocketDirectoryIsFoundDirectlyOrInItsOwnFolder() throws IOException {
        Path sockets = Files.createDirectories(dir.resolve("run"));
        Files.createFile(sockets.resolve("flat.sock"));
        Files.createFile(Files.createDirectories(sockets.resolve("nested")).resolve("nested.sock"));
        PluginDiscovery discovery = new PluginDiscovery(List.of(sockets), List.of());

        assertEquals(Optional.of(PluginSpec.socket("flat", sockets.resolve("flat.sock"))), discovery.find("flat"));
        assertEquals(UnixDomainSocketAddress.of(sockets.resolve("nested/nested.sock").toAbsolutePath()),
                discovery.find("nested").orElseThrow().socketAddress());
        assertEquals(Optional.empty(), discovery.find("absent"));
    }

    @Test
    void specFilesGiveTheAddress() throws IOException {
        Path specs = Files.createDirectories(dir.resolve("etc"));
        Files.writeString(specs.resolve("text.spec"), "unix:///run/text.sock\n");
        Files.writeString(specs.resolve("remote.json"), "{\"Name\":\"remote\",\"Addr\":\"tcp://10.0.0.1:8080\"}");
        Files.writeString(specs.resolve("secure.json"), """
                {"Name":"secure","Addr":"tcp://10.0.0.2:443","TLSConfig":{"CAFile":"/ca.pem"}}""");
        PluginDiscovery discovery = new PluginDiscovery(List.of(), List.of(specs));

        assertEquals(new PluginSpec("text", "unix:///run/text.sock"), discovery.find("text").orElseThrow());
        assertEquals(new InetSocketAddress("10.0.0.1", 8080), discovery.find("remote").orElseThrow().socketAddress());
        PluginSpec secure = discovery.find("secure").orElseThrow();
        assertThrows(NotImplemented.class, secure::socketAddress, "TLS is refused, not spoken in clear");
    }

    @Test
    void aSocketWinsOverASpecAndTheFirstDirectoryWins() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.createFile(first.resolve("p.sock"));
        Files.createFile(second.resolve("p.sock"));
        Files.writeString(specs.resolve("p.spec"), "tcp://localhost:1");
        Files.writeString(specs.resolve("q.spec"), "tcp://localhost:2");
        PluginDiscovery discovery = new PluginDiscovery(List.of(first, second), List.of(specs));

        assertEquals(PluginSpec.socket("p", first.resolve("p.sock")), discovery.find("p").orElseThrow());
        assertEquals(List.of(PluginSpec.socket("p", first.resolve("p.sock")), new PluginSpec("q", "tcp://localhost:2")),
                discovery.all());
    }

    @Test
    void aNameCannotLeaveTheDirectories() throws IOException {
        Path specs = Files.createDirectories(dir.resolve("etc"));
        Files.writeString(dir.resolve("outside.spec"), "tcp://localhost:1");

        assertEquals(Optional.empty(), new PluginDiscovery(List.of(), List.of(specs)).find("../outside"));
    }
}
