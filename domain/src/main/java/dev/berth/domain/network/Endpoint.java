package dev.berth.domain.network;

import dev.berth.domain.container.ContainerId;

import java.util.ArrayList;
import java.util.List;

/**
 * A container's attachment to a network: its address on the network's subnet while it runs (empty otherwise; the
 * one it asked for with {@code --ip} when not empty), its MAC, the names it answers to there (besides the container's
 * own name and short ID) and the interface it has in the container's namespace.
 */
public record Endpoint(
        String id,
        String networkId,
        ContainerId container,
        String containerName,
        String address,
        String mac,
        List<String> aliases,
        String interfaceName,
        String fixedAddress) {

    public Endpoint {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        address = address == null ? "" : address;
        mac = mac == null ? "" : mac;
        fixedAddress = fixedAddress == null ? "" : fixedAddress;
    }

    public boolean active() {
        return !address.isEmpty();
    }

    /** The endpoint with an address (and the MAC dockerd derives from it: 02:42 then the address's bytes). */
    public Endpoint withAddress(String newAddress) {
        String newMac = "";
        if (!newAddress.isEmpty()) {
            int value = Ipv4Subnet.address(newAddress);
            newMac = String.format("02:42:%02x:%02x:%02x:%02x", value >>> 24, value >>> 16 & 255, value >>> 8 & 255,
                    value & 255);
        }
        return new Endpoint(id, networkId, container, containerName, newAddress, newMac, aliases, interfaceName,
                fixedAddress);
    }

    /** The names DNS answers with this endpoint's address on its network. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(containerName);
        names.add(container.shortId());
        names.addAll(aliases);
        return names;
    }

}
