package dev.berth.drivers.network.macvlan;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.drivers.network.common.ParentLinkDriver.LinkType;
import dev.berth.drivers.network.common.TestNamespaces;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The options, checked before anything touches the host. */
class MacvlanNetworkDriverTest {

    private final MacvlanNetworkDriver driver = new MacvlanNetworkDriver(List.of("ip"));

    @Test
    void bridgeIsTheDefaultModeAndEachDockerModeIsALinkMode() {
        assertEquals(new LinkType(List.of("macvlan", "mode", "bridge"), true, false), driver.linkType(Map.of()));
        for (String mode : List.of("bridge", "private", "vepa", "passthru")) {
            assertEquals(List.of("macvlan", "mode", mode), driver.linkType(Map.of("macvlan_mode", mode)).words());
        }
    }

    @Test
    void anUnknownModeIsRefusedWithDockerdsMessage() {
        InvalidParameter refused = assertThrows(InvalidParameter.class, () -> driver.validate(
                TestNamespaces.network("macvlan", "10.1.0.0/24", "10.1.0.1", Map.of("macvlan_mode", "l2"))));
        assertEquals("requested macvlan mode 'l2' is not valid, 'bridge' mode is the macvlan driver default",
                refused.getMessage());
    }

    @Test
    void unknownOptionsAndAMissingParentAreRefused() {
        InvalidParameter unknown = assertThrows(InvalidParameter.class, () -> driver.validate(
                TestNamespaces.network("macvlan", "10.1.0.0/24", "10.1.0.1", Map.of("ipvlan_mode", "l2"))));
        assertEquals("unrecognized macvlan driver option: ipvlan_mode", unknown.getMessage());
        InvalidParameter noParent = assertThrows(InvalidParameter.class, () -> driver.validate(
                TestNamespaces.network("macvlan", "10.1.0.0/24", "10.1.0.1", Map.of("parent", ""))));
        assertEquals("the macvlan driver needs a parent interface: -o parent=IFACE", noParent.getMessage());
        assertThrows(InvalidParameter.class, () -> driver.validate(TestNamespaces.network("macvlan", "10.1.0.0/24",
                "10.1.0.1", Map.of("parent", "nosuch0", "com.docker.network.driver.mtu", "x"))));
    }

    @Test
    void theGatewayIsARouterOutsideTheHost() {
        assertFalse(driver.gatewayOnHost());
    }
}
