package dev.berth.application.network;

import dev.berth.domain.network.NetworkIpam;

import java.util.Map;

/**
 * {@code POST /networks/create}: the name, driver, IPv4 settings (any may be empty), flags, labels, options, and the
 * IPAM driver ({@code default} or a plugin) with its options.
 */
public record NetworkRequest(String name, String driver, String subnet, String gateway, String ipRange,
                             Map<String, String> auxAddresses, boolean internal, boolean attachable,
                             Map<String, String> labels, Map<String, String> options, String ipamDriver,
                             Map<String, String> ipamOptions) {

    public NetworkRequest {
        driver = driver == null || driver.isEmpty() ? "bridge" : driver;
        subnet = subnet == null ? "" : subnet;
        gateway = gateway == null ? "" : gateway;
        ipRange = ipRange == null ? "" : ipRange;
        auxAddresses = auxAddresses == null ? Map.of() : Map.copyOf(auxAddresses);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        options = options == null ? Map.of() : Map.copyOf(options);
        ipamDriver = ipamDriver == null || ipamDriver.isEmpty() ? NetworkIpam.DEFAULT : ipamDriver;
        ipamOptions = ipamOptions == null ? Map.of() : Map.copyOf(ipamOptions);
    }

    public NetworkRequest(String name, String driver, String subnet, String gateway, String ipRange,
                          Map<String, String> auxAddresses, boolean internal, boolean attachable,
                          Map<String, String> labels, Map<String, String> options) {
        this(name, driver, subnet, gateway, ipRange, auxAddresses, internal, attachable, labels, options,
                NetworkIpam.DEFAULT, Map.of());
    }
}
