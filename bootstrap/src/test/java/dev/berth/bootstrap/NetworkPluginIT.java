package dev.berth.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.plugins.sample.SampleNetworkPlugins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample network driver and IPAM plugins, built with plugins-sdk, run as their own processes on sockets in
 * berthd's plugin directory: a network made with {@code -d sample-net --ipam-driver sample-ipam} gets its pool from
 * the IPAM plugin and its bridge from the network plugin, and a container on it sees the interface the plugin made
 * with the address the IPAM plugin gave; removing both gives everything back. A network plugin that never answers
 * fails the create with a timeout and leaves no network and no pool behind.
 */
class NetworkPluginIT {

    private static final String POOL = "10.213.0.0/24";

    @TempDir
    Path dir;

    private final List<Process> plugins = new ArrayList<>();
    private final List<Path> sockets = new ArrayList<>();

    @AfterEach
    void stopPlugins() throws InterruptedException {
        for (Process plugin : plugins) {
            plugin.destroy();
            plugin.waitFor();
        }
    }

    @Test
    void aContainerGetsThePluginsInterfaceAndAddress() throws Exception {
        startPlugin("net", "sample-net", dir.resolve("net"));
        startPlugin("ipam", "sample-ipam", dir.resolve("ipam"), POOL);
        try (Berthd daemon = new Berthd(dir, "-b", "br-netplugit").start()) {
            awaitSockets();
            Path image = dir.resolve("bb.tar");
            BusyboxImage.write(image, "netplug-bb:latest");
            daemon.call("POST", "/images/load?quiet=1", image);

            String networkId = daemon.json("POST", "/networks/create", """
                    {"Name":"pnet","Driver":"sample-net","IPAM":{"Driver":"sample-ipam","Config":[]}}""")
                    .get("Id").asText();
            JsonNode network = daemon.json("GET", "/networks/pnet", null);
            assertEquals("sample-net", network.get("Driver").asText());
            assertEquals("sample-ipam", network.get("IPAM").get("Driver").asText());
            assertEquals(POOL, network.get("IPAM").get("Config").get(0).get("Subnet").asText());
            assertEquals("10.213.0.1", network.get("IPAM").get("Config").get(0).get("Gateway").asText());
            String bridge = "sn" + networkId.substring(0, 12);
            assertTrue(ip("addr", "show", "dev", bridge).contains("inet 10.213.0.1/24"), "the plugin's bridge");

            String container = daemon.json("POST", "/containers/create", """
                    {"Image":"netplug-bb:latest","Cmd":["sh","-c","ip -4 addr show eth0; ip route"],
                     "HostConfig":{"NetworkMode":"pnet"}}""").get("Id").asText();
            daemon.call("POST", "/containers/" + container + "/start", null);
            assertEquals(0, daemon.json("POST", "/containers/" + container + "/wait", null).get("StatusCode").asInt());
            String logs = daemon.call("GET", "/containers/" + container + "/logs?stdout=1&stderr=1", null);
            assertTrue(logs.contains("inet 10.213.0.2/24"), "the IPAM plugin's address on eth0: " + logs);
            assertTrue(logs.contains("default via 10.213.0.1"), "the Join answer's gateway: " + logs);
            List<String> net = calls("net");
            assertTrue(net.stream().anyMatch(c -> c.startsWith("CreateEndpoint ") && c.endsWith(" 10.213.0.2/24")),
                    net.toString());
            Berthd.awaitTrue(Duration.ofSeconds(30), () -> calls("net").stream()
                    .anyMatch(c -> c.startsWith("DeleteEndpoint ")), "the exited container's endpoint was not deleted");
            assertTrue(calls("ipam").contains("ReleaseAddress 10.213.0.2"), "the address went back");

            daemon.call("DELETE", "/containers/" + container, null);
            daemon.call("DELETE", "/networks/pnet", null);
            assertEquals(List.of("CreateNetwork " + networkId, "DeleteNetwork " + networkId), calls("net")
                    .stream().filter(c -> c.contains("Network ")).toList());
            assertFalse(linkExists(bridge), "the plugin removed its bridge");
            List<String> ipam = calls("ipam");
            assertEquals("ReleasePool sample/" + POOL, ipam.getLast(), ipam.toString());
        }
    }

    @Test
    void aNetworkPluginThatNeverAnswersLeavesNothingBehind() throws Exception {
        startPlugin("ipam", "sample-ipam", dir.resolve("ipam"), POOL);
        try (FakePlugin stuck = FakePlugin.start(dir.resolve("exec/plugins/stuck-net.sock"), FakePlugin.Behaviour.HANG,
                Map.of("/Plugin.Activate", "{\"Implements\":[\"NetworkDriver\"]}",
                        "/NetworkDriver.GetCapabilities", "{\"Scope\":\"local\"}"));
             Berthd daemon = new Berthd(dir, "-b", "br-netplugit").env("BERTH_PLUGINS_CALL_TIMEOUT", "2s").start()) {
            awaitSockets();
            Berthd.Answer answer = daemon.sendJson("POST", "/networks/create", """
                    {"Name":"never","Driver":"stuck-net","IPAM":{"Driver":"sample-ipam"}}""");
            assertEquals(503, answer.status(), answer.body());
            assertTrue(answer.body().contains("NetworkDriver.CreateNetwork: plugin stuck-net at unix://")
                    && answer.body().contains("no answer within 2s"), answer.body());
            assertFalse(daemon.call("GET", "/networks", null).contains("\"never\""), "no network was recorded");
            List<String> ipam = calls("ipam");
            assertEquals("ReleasePool sample/" + POOL, ipam.getLast(), ipam.toString());
            daemon.json("POST", "/networks/create", """
                    {"Name":"again","Driver":"bridge","IPAM":{"Driver":"sample-ipam"}}""");
            assertEquals(POOL, daemon.json("GET", "/networks/again", null).get("IPAM").get("Config").get(0)
                    .get("Subnet").asText(), "the pool was free again");
            daemon.call("DELETE", "/networks/again", null);
        }
    }

    private void awaitSockets() {
        Berthd.awaitTrue(Duration.ofSeconds(30), () -> plugins.stream().allMatch(Process::isAlive)
                && sockets.stream().allMatch(Files::exists), "the plugins did not bind their sockets");
    }

    private void startPlugin(String kind, String name, Path root, String... more) throws IOException {
        Path socket = dir.resolve("exec/plugins/" + name + ".sock");
        sockets.add(socket);
        List<String> args = new ArrayList<>(List.of(kind, socket.toString(), root.toString()));
        args.addAll(List.of(more));
        plugins.add(SamplePlugins.start(SampleNetworkPlugins.class, dir.resolve(name + ".log"),
                args.toArray(String[]::new)));
    }

    private List<String> calls(String plugin) {
        return SamplePlugins.calls(dir.resolve(plugin));
    }

    private static String ip(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    private static boolean linkExists(String name) throws IOException, InterruptedException {
        return new ProcessBuilder("ip", "link", "show", "dev", name).start().waitFor() == 0;
    }
}
