package dev.berth.drivers.network.ipvlan;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.network.Network;
import dev.berth.drivers.network.common.HostCommand;
import dev.berth.drivers.network.common.TestNamespaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.berth.drivers.network.common.TestNamespaces.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ipvlan driver against a parent in a namespace standing in for the host. Kernels built without ipvlan
 * (CONFIG_IPVLAN) exist: there the network's creation must fail saying so, and nothing is left on the parent.
 */
class IpvlanDriverIT {

    private final TestNamespaces namespaces = new TestNamespaces();
    private final IpvlanNetworkDriver driver = new IpvlanNetworkDriver(namespaces.hostIp());

    @AfterEach
    void removeNamespaces() {
        namespaces.close();
    }

    @Test
    void containersOnL2AndL3NetworksReachEachOtherOrTheKernelLackingIpvlanIsNamed() {
        for (String mode : List.of("l2", "l3")) {
            Network network = TestNamespaces.network("ipvlan", "10.81.0.0/24", "10.81.0.1",
                    Map.of(IpvlanNetworkDriver.MODE_OPTION, mode));
            if (!kernelHasIpvlan()) {
                SystemFault refused = assertThrows(SystemFault.class, () -> driver.validate(network));
                assertTrue(refused.getMessage().contains("CONFIG_IPVLAN"), refused.getMessage());
                assertEquals(Set.of(TestNamespaces.PARENT, "par1"), Set.copyOf(links()));
                continue;
            }
            driver.validate(network);
            Path first = namespaces.container("a" + mode);
            Path second = namespaces.container("b" + mode);
            driver.join(network, TestNamespaces.endpoint(network, "10.81.0.2"), first);
            driver.join(network, TestNamespaces.endpoint(network, "10.81.0.3"), second);

            HostCommand.Result ping = in(first, "busybox", "ping", "-c", "1", "-W", "5", "10.81.0.3");
            assertTrue(ping.ok(), ping.output());
            String link = in(first, "ip", "-d", "-o", "link", "show", "dev", "eth0").output();
            assertTrue(link.contains("ipvlan  mode " + mode) || link.contains("ipvlan mode " + mode), link);
            assertEquals(mode.equals("l2") ? "default via 10.81.0.1 dev eth0" : "default dev eth0 scope link",
                    in(first, "ip", "-4", "route", "show", "default").output());
        }
    }

    /** Whether the kernel makes ipvlan links, asked with a link of its own on the host stand-in's parent. */
    private boolean kernelHasIpvlan() {
        List<String> ip = namespaces.hostIp();
        boolean made = HostCommand.run(concat(ip, "link", "add", "link", TestNamespaces.PARENT, "name", "probe0",
                "type", "ipvlan")).ok();
        if (made) {
            HostCommand.require(concat(ip, "link", "del", "dev", "probe0"));
        }
        return made;
    }

    private List<String> links() {
        return List.of(HostCommand.require(concat(namespaces.hostIp(), "-o", "link", "show")).split("\n")).stream()
                .map(line -> line.split(":\\s+")[1].split("@")[0]).filter(name -> !name.equals("lo")).toList();
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> words = new java.util.ArrayList<>(head);
        words.addAll(List.of(tail));
        return words;
    }
}
