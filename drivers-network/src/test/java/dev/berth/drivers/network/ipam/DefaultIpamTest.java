package dev.berth.drivers.network.ipam;

import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.Forbidden;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.domain.network.Network;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefaultIpamTest {

    private final DefaultIpam noRoutes = new DefaultIpam(List::of);

    static Network network(String subnet, String gateway, String range, Map<String, String> aux) {
        return new Network("f".repeat(64), "mynet", "bridge", Instant.EPOCH, Ipv4Subnet.parse(subnet), gateway,
                range == null ? null : Ipv4Subnet.parse(range), aux, false, false, Map.of(), Map.of(), "local");
    }

    @Test
    void subnetsComeFromDockersPoolsInOrder() {
        assertEquals(Ipv4Subnet.parse("172.17.0.0/16"), noRoutes.allocateSubnet(List.of()));
        assertEquals(Ipv4Subnet.parse("172.19.0.0/16"), noRoutes.allocateSubnet(
                List.of(Ipv4Subnet.parse("172.17.0.0/16"), Ipv4Subnet.parse("172.18.5.0/24"))));
    }

    @Test
    void subnetsAvoidTheHostsRoutesButNotItsDefaultRoute() {
        DefaultIpam ipam = new DefaultIpam(() -> HostRoutes.parse(HostRoutesTest.SAMPLE));
        assertEquals(Ipv4Subnet.parse("172.19.0.0/16"), ipam.allocateSubnet(List.of()));
    }

    @Test
    void aRouteInsideAPoolRulesOutTheWholePool() {
        DefaultIpam ipam = new DefaultIpam(() -> List.of(Ipv4Subnet.parse("172.17.42.0/24")));
        assertEquals(Ipv4Subnet.parse("172.18.0.0/16"), ipam.allocateSubnet(List.of()));
    }

    @Test
    void afterThe172PoolsCome192168Twenties() {
        List<Ipv4Subnet> taken = DefaultIpam.dockerPools().subList(0, 15);
        DefaultIpam ipam = new DefaultIpam(() -> List.of(Ipv4Subnet.parse("192.168.0.0/20")));
        assertEquals(Ipv4Subnet.parse("192.168.16.0/20"), ipam.allocateSubnet(taken));
    }

    @Test
    void noFreePoolIsForbidden() {
        DefaultIpam ipam = new DefaultIpam(List.of(Ipv4Subnet.parse("10.1.0.0/24")),
                () -> List.of(Ipv4Subnet.parse("10.0.0.0/8")));
        assertThrows(Forbidden.class, () -> ipam.allocateSubnet(List.of()));
    }

    @Test
    void addressesGoInOrderSkippingTheGatewayTakenAndAuxiliaryOnes() {
        Network network = network("10.5.0.0/24", "10.5.0.1", null, Map.of("router", "10.5.0.3"));
        assertEquals("10.5.0.2", noRoutes.allocateAddress(network, Set.of(), Optional.empty()));
        assertEquals("10.5.0.4", noRoutes.allocateAddress(network, Set.of("10.5.0.2"), Optional.empty()));
    }

    @Test
    void aGatewayElsewhereFreesTheFirstAddress() {
        Network network = network("10.5.0.0/24", "10.5.0.254", null, Map.of());
        assertEquals("10.5.0.1", noRoutes.allocateAddress(network, Set.of(), Optional.empty()));
    }

    @Test
    void aRangeLimitsWhereAddressesComeFrom() {
        Network network = network("10.5.0.0/16", "10.5.0.1", "10.5.7.0/24", Map.of());
        // the range's first address is a host address of the larger subnet
        assertEquals("10.5.7.0", noRoutes.allocateAddress(network, Set.of(), Optional.empty()));
        assertEquals("10.5.7.1", noRoutes.allocateAddress(network, Set.of("10.5.7.0"), Optional.empty()));
    }

    @Test
    void aPreferredAddressIsGivenWhenFreeAndRefusedOtherwise() {
        Network network = network("10.5.0.0/24", "10.5.0.1", null, Map.of());
        assertEquals("10.5.0.77", noRoutes.allocateAddress(network, Set.of(), Optional.of("10.5.0.77")));
        assertThrows(Conflict.class, () -> noRoutes.allocateAddress(network, Set.of("10.5.0.77"),
                Optional.of("10.5.0.77")));
        assertThrows(Conflict.class, () -> noRoutes.allocateAddress(network, Set.of(), Optional.of("10.5.0.1")));
        assertThrows(Conflict.class, () -> noRoutes.allocateAddress(network, Set.of(), Optional.of("10.5.0.255")));
        assertThrows(InvalidParameter.class, () -> noRoutes.allocateAddress(network, Set.of(),
                Optional.of("10.6.0.7")));
    }

    @Test
    void aFullSubnetIsForbiddenUntilAnAddressIsReleased() {
        Network network = network("10.5.0.0/29", "10.5.0.1", null, Map.of());
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            taken.add(noRoutes.allocateAddress(network, taken, Optional.empty()));
        }
        assertEquals(Set.of("10.5.0.2", "10.5.0.3", "10.5.0.4", "10.5.0.5", "10.5.0.6"), taken);
        assertThrows(Forbidden.class, () -> noRoutes.allocateAddress(network, taken, Optional.empty()));

        taken.remove("10.5.0.4");
        assertEquals("10.5.0.4", noRoutes.allocateAddress(network, taken, Optional.empty()));
    }

    @Test
    void everyAddressOfASlash24IsHandedOutOnce() {
        Network network = network("10.5.0.0/24", "10.5.0.1", null, Map.of());
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 253; i++) {
            assertTrue(taken.add(noRoutes.allocateAddress(network, taken, Optional.empty())));
        }
        assertThrows(Forbidden.class, () -> noRoutes.allocateAddress(network, taken, Optional.empty()));
    }
}
