package dev.berth.drivers.network.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The IPv4 addresses of a device ({@code 10.0.0.1/24}), read from {@code ip -o -4 addr show dev X}. */
final class BridgeAddresses {

    private static final Pattern INET = Pattern.compile("\\binet (\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+)");

    private BridgeAddresses() {
    }

    static List<String> parse(String listing) {
        List<String> addresses = new ArrayList<>();
        Matcher matcher = INET.matcher(listing);
        while (matcher.find()) {
            addresses.add(matcher.group(1));
        }
        return addresses;
    }
}
