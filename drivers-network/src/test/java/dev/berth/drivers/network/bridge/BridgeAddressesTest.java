package dev.berth.drivers.network.bridge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BridgeAddressesTest {

    @Test
    void everyIpv4AddressOfTheOneLineListingIsRead() {
        String listing = """
                5: berth0    inet 172.18.0.1/16 brd 172.18.255.255 scope global berth0\\       valid_lft forever
                5: berth0    inet 192.168.0.1/20 brd 192.168.15.255 scope global berth0\\       valid_lft forever
                """;
        assertEquals(List.of("172.18.0.1/16", "192.168.0.1/20"), BridgeAddresses.parse(listing));
    }

    @Test
    void aDeviceWithoutAddressesHasNone() {
        assertEquals(List.of(), BridgeAddresses.parse(""));
    }
}
