package dev.berth.adapters.plugins;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.error.Forbidden;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.network.Endpoint;
import dev.berth.domain.network.IpamDriver;
import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.domain.network.Network;
import dev.berth.domain.network.NetworkDriver;
import dev.berth.domain.network.SandboxInterfaces;
import dev.berth.plugins.sample.PoolIpamPlugin;
import dev.berth.plugins.sdk.ipam.IpamPlugin;
import dev.berth.plugins.sdk.network.NetworkPlugin;
import dev.berth.plugins.sdk.network.NetworkWire.CreateNetwork;
import dev.berth.plugins.sdk.network.NetworkWire.EndpointInterface;
import dev.berth.plugins.sdk.network.NetworkWire.Join;
import dev.berth.plugins.sdk.network.NetworkWire.StaticRoute;
import dev.berth.plugins.sdk.protocol.PluginServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Berth's network and IPAM bridges against the SDK's servers over real Unix sockets. */
class PluginNetworksTest {

    private static final Activation QUICK = new Activation(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Duration.ofMillis(10), Duration.ofMillis(50));
    private static final String NETWORK_ID = "0123456789ab" + "c".repeat(52);

    @TempDir
    Path dir;

    private final List<PluginServer> servers = new ArrayList<>();
    private final RecordingInterfaces interfaces = new RecordingInterfaces();

    @AfterEach
    void stop() throws IOException {
        for (PluginServer server : servers) {
            server.close();
        }
    }

    @Test
    void aJoinHandsTheNamedInterfaceToTheContainerAndALeaveGivesItBack() throws IOException {
        RecordingPlugin plugin = new RecordingPlugin(null);
        NetworkDriver driver = networks(plugin).networkDriver("net").orElseThrow();
        Network network = network();
        Endpoint endpoint = endpoint("eth1");

        driver.create(network);
        driver.join(network, endpoint, Path.of("/run/netns/berth-x"));
        driver.leave(network, endpoint, Path.of("/run/netns/berth-x"));
        driver.delete(network);

        assertEquals("global", driver.scope(), "the plugin's GetCapabilities scope");
        assertEquals(List.of("CreateNetwork " + NETWORK_ID + " 10.9.0.0/24 10.9.0.1/24 {mode=x}",
                "CreateEndpoint ep 10.9.0.5/24 02:42:0a:09:00:05", "Join ep /run/netns/berth-x", "Leave ep",
                "DeleteEndpoint ep", "DeleteNetwork " + NETWORK_ID), plugin.calls);
        assertEquals(List.of("in veth-c /run/netns/berth-x as ceth1 02:42:0a:09:00:05 10.9.0.5/24 via 10.9.0.1"
                        + " routes [Route[destination=10.8.0.0/16, nextHop=10.9.0.254], Route[destination=10.7.0.0/16,"
                        + " nextHop=]]",
                "out /run/netns/berth-x ceth1 as veth-c"), interfaces.moves);
    }

    @Test
    void aJoinThatFailsHalfWayLeavesNoEndpointAtThePlugin() throws IOException {
        RecordingPlugin plugin = new RecordingPlugin(new Forbidden("no more veths"));
        NetworkDriver driver = networks(plugin).networkDriver("net").orElseThrow();
        Network network = network();

        SystemFault failure = assertThrows(SystemFault.class,
                () -> driver.join(network, endpoint("eth0"), Path.of("/run/netns/berth-x")));

        assertTrue(failure.getMessage().startsWith("NetworkDriver.Join: no more veths"), failure.getMessage());
        assertEquals(List.of("CreateEndpoint ep 10.9.0.5/24 02:42:0a:09:00:05", "Join ep /run/netns/berth-x",
                "Leave ep", "DeleteEndpoint ep"), plugin.calls);
        assertEquals(List.of(), interfaces.moves, "nothing was moved");
    }

    @Test
    void anIpamPluginGrantsAPoolItsGatewayAndAddressesAndTakesThemBack() throws IOException {
        servers.add(IpamPlugin.serve(dir.resolve("run/pool.sock"),
                new PoolIpamPlugin(Ipv4Subnet.parse("10.5.0.0/29"), dir.resolve("pool"))));
        IpamDriver ipam = networks(null).ipamDriver("pool").orElseThrow();

        IpamDriver.Pool pool = ipam.requestPool("", "", Map.of());
        assertEquals(Ipv4Subnet.parse("10.5.0.0/29"), pool.subnet());
        assertEquals("10.5.0.1", ipam.requestAddress(pool.id(), "", true), "the gateway, without its prefix");
        assertEquals("10.5.0.2", ipam.requestAddress(pool.id(), "", false));
        assertEquals("10.5.0.6", ipam.requestAddress(pool.id(), "10.5.0.6", false));
        assertThrows(SystemFault.class, () -> ipam.requestPool("", "", Map.of()), "the sample's one pool is in use");
        ipam.releaseAddress(pool.id(), "10.5.0.2");
        assertEquals("10.5.0.2", ipam.requestAddress(pool.id(), "", false), "a released address is free again");
        ipam.releasePool(pool.id());
        assertEquals(pool, ipam.requestPool("10.5.0.0/29", "", Map.of()), "a released pool is granted again");
    }

    private PluginNetworks networks(NetworkPlugin plugin) throws IOException {
        if (plugin != null) {
            servers.add(NetworkPlugin.serve(dir.resolve("run/net.sock"), plugin));
        }
        return new PluginNetworks(new PluginRegistry(new PluginDiscovery(List.of(dir.resolve("run")), List.of()),
                QUICK, delay -> { }), interfaces);
    }

    private static Network network() {
        return new Network(NETWORK_ID, "pnet", "net", Instant.EPOCH, Ipv4Subnet.parse("10.9.0.0/24"), "10.9.0.1",
                null, Map.of(), false, false, Map.of(), Map.of("mode", "x"), "local");
    }

    private static Endpoint endpoint(String interfaceName) {
        return new Endpoint("ep", NETWORK_ID, new ContainerId("f".repeat(64)), "web", "", "", List.of(),
                interfaceName, "").withAddress("10.9.0.5");
    }

    /** A plugin answering a host interface {@code veth-c} to be named {@code ceth<n>}, or failing its Join. */
    private static final class RecordingPlugin implements NetworkPlugin {

        private final RuntimeException joinFailure;
        final List<String> calls = new ArrayList<>();

        RecordingPlugin(RuntimeException joinFailure) {
            this.joinFailure = joinFailure;
        }

        @Override
        public String scope() {
            return "global";
        }

        @Override
        public void createNetwork(CreateNetwork request) {
            var pool = request.ipv4().getFirst();
            calls.add("CreateNetwork " + request.networkId() + " " + pool.pool() + " " + pool.gateway() + " "
                    + request.options());
        }

        @Override
        public void deleteNetwork(String networkId) {
            calls.add("DeleteNetwork " + networkId);
        }

        @Override
        public EndpointInterface createEndpoint(String networkId, String endpointId, EndpointInterface requested) {
            calls.add("CreateEndpoint " + endpointId + " " + requested.address() + " " + requested.macAddress());
            return new EndpointInterface("", "");
        }

        @Override
        public void deleteEndpoint(String networkId, String endpointId) {
            calls.add("DeleteEndpoint " + endpointId);
        }

        @Override
        public Join join(String networkId, String endpointId, String sandboxKey) {
            calls.add("Join " + endpointId + " " + sandboxKey);
            if (joinFailure != null) {
                throw joinFailure;
            }
            return new Join("veth-c", "ceth", "10.9.0.1", List.of(new StaticRoute("10.8.0.0/16", 0, "10.9.0.254"),
                    new StaticRoute("10.7.0.0/16", 1, "")));
        }

        @Override
        public void leave(String networkId, String endpointId) {
            calls.add("Leave " + endpointId);
        }
    }

    private static final class RecordingInterfaces implements SandboxInterfaces {

        final List<String> moves = new ArrayList<>();

        @Override
        public void moveIn(String hostName, Path netns, Setup setup) {
            moves.add("in " + hostName + " " + netns + " as " + setup.name() + " " + setup.mac() + " "
                    + setup.addressCidr() + " via " + setup.gateway() + " routes " + setup.routes());
        }

        @Override
        public void moveOut(Path netns, String name, String hostName) {
            moves.add("out " + netns + " " + name + " as " + hostName);
        }
    }
}
