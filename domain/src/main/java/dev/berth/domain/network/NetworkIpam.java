package dev.berth.domain.network;

import java.util.Map;

/**
 * Which IPAM driver gives a network its addresses: {@value #DEFAULT} (Berth's {@link Ipam}) or a plugin
 * ({@link IpamDriver}), with its options and the ID of the pool the plugin granted.
 */
public record NetworkIpam(String driver, Map<String, String> options, String poolId) {

    public static final String DEFAULT = "default";
    public static final NetworkIpam BUILT_IN = new NetworkIpam(DEFAULT, Map.of(), "");

    public NetworkIpam {
        driver = driver == null || driver.isEmpty() ? DEFAULT : driver;
        options = options == null ? Map.of() : Map.copyOf(options);
        poolId = poolId == null ? "" : poolId;
    }

    public boolean builtIn() {
        return driver.equals(DEFAULT);
    }
}
