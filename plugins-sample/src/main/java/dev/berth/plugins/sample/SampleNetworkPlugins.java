package dev.berth.plugins.sample;

import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.plugins.sdk.ipam.IpamPlugin;
import dev.berth.plugins.sdk.network.NetworkPlugin;

import java.nio.file.Path;

/**
 * {@code java -cp ... dev.berth.plugins.sample.SampleNetworkPlugins net <socket> <root>} serves the sample network
 * driver ({@link VethNetworkPlugin}); {@code ... ipam <socket> <root> <pool-cidr>} the sample IPAM driver
 * ({@link PoolIpamPlugin}). Each serves until it is killed.
 */
public final class SampleNetworkPlugins {

    private SampleNetworkPlugins() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("net")) {
            NetworkPlugin.serve(Path.of(args[1]), new VethNetworkPlugin(Path.of(args[2]))).join();
        } else if (args.length == 4 && args[0].equals("ipam")) {
            IpamPlugin.serve(Path.of(args[1]), new PoolIpamPlugin(Ipv4Subnet.parse(args[3]), Path.of(args[2])))
                    .join();
        } else {
            System.err.println("usage: SampleNetworkPlugins net <socket> <root> | ipam <socket> <root> <pool-cidr>");
            System.exit(2);
        }
    }
}
