package dev.berth.drivers.network.macvlan;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.network.Endpoint;
import dev.berth.domain.network.Network;
import dev.berth.drivers.network.common.HostCommand;
import dev.berth.drivers.network.common.TestNamespaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static dev.berth.drivers.network.common.TestNamespaces.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The macvlan driver against a parent in a namespace standing in for the host, two others for containers. */
class MacvlanDriverIT {

    private final TestNamespaces namespaces = new TestNamespaces();
    private final MacvlanNetworkDriver driver = new MacvlanNetworkDriver(namespaces.hostIp());

    @AfterEach
    void removeNamespaces() {
        namespaces.close();
    }

    @Test
    void twoContainersOnABridgeModeNetworkReachEachOther() {
        Network network = TestNamespaces.network("macvlan", "10.77.0.0/24", "10.77.0.1", Map.of());
        driver.validate(network);
        driver.create(network);
        Path first = namespaces.container("c1");
        Path second = namespaces.container("c2");
        Endpoint one = TestNamespaces.endpoint(network, "10.77.0.2");
        driver.join(network, one, first);
        driver.join(network, TestNamespaces.endpoint(network, "10.77.0.3"), second);

        HostCommand.Result ping = in(first, "busybox", "ping", "-c", "1", "-W", "5", "10.77.0.3");
        assertTrue(ping.ok(), ping.output());
        String link = in(first, "ip", "-d", "-o", "link", "show", "dev", "eth0").output();
        assertTrue(link.contains("macvlan mode bridge"), link);
        assertTrue(link.contains(one.mac()), link);
        String address = in(first, "ip", "-o", "-4", "addr", "show", "dev", "eth0").output();
        assertTrue(address.contains("inet 10.77.0.2/24"), address);
        assertEquals("default via 10.77.0.1 dev eth0", in(first, "ip", "-4", "route", "show", "default").output());

        driver.leave(network, one, first);
        assertFalse(in(first, "ip", "link", "show", "dev", "eth0").ok());
        assertTrue(in(second, "ip", "link", "show", "dev", "eth0").ok());
    }

    @Test
    void theModeOptionChoosesTheLinksModeAndAnInternalNetworkHasNoDefaultRoute() {
        Network network = TestNamespaces.network("macvlan", "10.78.0.0/24", "10.78.0.1",
                Map.of(MacvlanNetworkDriver.MODE_OPTION, "private"));
        Network internal = new Network(network.id(), network.name(), network.driver(), network.created(),
                network.subnet(), network.gateway(), null, Map.of(), true, false, Map.of(), network.options(), "local");
        driver.validate(internal);
        Path first = namespaces.container("c1");
        driver.join(internal, TestNamespaces.endpoint(internal, "10.78.0.2"), first);

        String link = in(first, "ip", "-d", "-o", "link", "show", "dev", "eth0").output();
        assertTrue(link.contains("macvlan mode private"), link);
        assertEquals("", in(first, "ip", "-4", "route", "show", "default").output());
    }

    @Test
    void joiningAgainReplacesTheInterface() {
        Network network = TestNamespaces.network("macvlan", "10.79.0.0/24", "10.79.0.1", Map.of());
        Path first = namespaces.container("c1");
        Endpoint endpoint = TestNamespaces.endpoint(network, "10.79.0.2");
        driver.join(network, endpoint, first);
        driver.join(network, endpoint, first);
        String address = in(first, "ip", "-o", "-4", "addr", "show").output();
        assertEquals(1, address.split("10.79.0.2/24", -1).length - 1, address);
    }

    @Test
    void aParentMissingFromTheHostIsRefused() {
        Network network = TestNamespaces.network("macvlan", "10.77.0.0/24", "10.77.0.1", Map.of("parent", "nosuch0"));
        InvalidParameter refused = assertThrows(InvalidParameter.class, () -> driver.validate(network));
        assertEquals("-o parent interface was not found on the host: nosuch0", refused.getMessage());
    }
}
