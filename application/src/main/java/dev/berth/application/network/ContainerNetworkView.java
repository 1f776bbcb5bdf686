package dev.berth.application.network;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.PortBinding;
import dev.berth.domain.network.Endpoint;
import dev.berth.domain.network.Network;

import java.util.List;
import java.util.Map;

/** What container inspect and list show of a container's networking. */
public interface ContainerNetworkView {

    /** Its endpoints with their networks, in the order it joined them. */
    Map<Network, Endpoint> endpointsOf(ContainerId id);

    /** The ports it publishes while it runs, with the host ports they got. */
    List<PortBinding> portsOf(ContainerId id);
}
