package dev.berth.application.network;

import java.util.Map;

/** {@code POST /networks/create}: the name, driver, IPv4 settings (any may be empty), flags, labels and options. */
public record NetworkRequest(String name, String driver, String subnet, String gateway, String ipRange,
                             Map<String, String> auxAddresses, boolean internal, boolean attachable,
                             Map<String, String> labels, Map<String, String> options) {

    public NetworkRequest {
        driver = driver == null || driver.isEmpty() ? "bridge" : driver;
        subnet = subnet == null ? "" : subnet;
        gateway = gateway == null ? "" : gateway;
        ipRange = ipRange == null ? "" : ipRange;
        auxAddresses = auxAddresses == null ? Map.of() : Map.copyOf(auxAddresses);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
