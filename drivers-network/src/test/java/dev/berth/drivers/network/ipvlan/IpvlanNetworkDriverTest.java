package dev.berth.drivers.network.ipvlan;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.drivers.network.common.ParentLinkDriver.LinkType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IpvlanNetworkDriverTest {

    private final IpvlanNetworkDriver driver = new IpvlanNetworkDriver(List.of("ip"));

    @Test
    void l2IsTheDefaultAndRoutesThroughTheGateway() {
        assertEquals(new LinkType(List.of("ipvlan", "mode", "l2", "bridge"), false, false), driver.linkType(Map.of()));
    }

    @Test
    void l3RoutesThroughTheDeviceAndTheFlagIsPassedOn() {
        assertEquals(new LinkType(List.of("ipvlan", "mode", "l3", "private"), false, true),
                driver.linkType(Map.of("ipvlan_mode", "l3", "ipvlan_flag", "private")));
    }

    @Test
    void unknownModesAndFlagsAreRefused() {
        assertEquals("requested ipvlan mode 'bridge' is not valid, 'l2' mode is the ipvlan driver default",
                assertThrows(InvalidParameter.class, () -> driver.linkType(Map.of("ipvlan_mode", "bridge")))
                        .getMessage());
        assertThrows(InvalidParameter.class, () -> driver.linkType(Map.of("ipvlan_flag", "passthru")));
    }
}
