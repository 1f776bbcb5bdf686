package dev.berth.drivers.network.ipam;

import dev.berth.domain.network.Ipv4Subnet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HostRoutesTest {

    /** As the kernel prints it: a header, then destination and mask as little-endian hex. */
    static final List<String> SAMPLE = """
            Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
            eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0
            docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
            br-other\t000012AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
            eth0\t0000A8C0\t00000000\t0001\t0\t0\t0\t00F0FFFF\t0\t0\t0
            tun0\t0102000A\t00000000\t0005\t0\t0\t0\tFFFFFFFF\t0\t0\t0
            """.lines().toList();

    @Test
    void eachRouteIsReadAsItsDestinationSubnet() {
        assertEquals(List.of(Ipv4Subnet.parse("0.0.0.0/0"), Ipv4Subnet.parse("172.17.0.0/16"),
                        Ipv4Subnet.parse("172.18.0.0/16"), Ipv4Subnet.parse("192.168.0.0/20"),
                        Ipv4Subnet.parse("10.0.2.1/32")),
                HostRoutes.parse(SAMPLE));
    }

    @Test
    void shortLinesAndAnEmptyTableGiveNoRoutes() {
        assertEquals(List.of(), HostRoutes.parse(List.of()));
        assertEquals(List.of(), HostRoutes.parse(List.of(SAMPLE.getFirst(), "eth0 00000000")));
    }

    @Test
    void theHostsOwnTableParses() {
        List<Ipv4Subnet> routes = HostRoutes.read();
        routes.forEach(route -> assertEquals(route, Ipv4Subnet.parse(route.toString())));
    }
}
