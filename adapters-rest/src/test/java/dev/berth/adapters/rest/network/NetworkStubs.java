package dev.berth.adapters.rest.network;

import dev.berth.application.event.EventBus;
import dev.berth.application.network.DefaultBridge;
import dev.berth.application.network.HostFiles;
import dev.berth.application.network.NetworkService;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.PortBinding;
import dev.berth.domain.network.Endpoint;
import dev.berth.domain.network.Ipam;
import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.domain.network.NameServer;
import dev.berth.domain.network.Network;
import dev.berth.domain.network.NetworkDriver;
import dev.berth.domain.network.NetworkStore;
import dev.berth.domain.network.PortForwarder;
import dev.berth.domain.network.Sandboxes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A network service over in-memory ports (a bridge driver that changes nothing on the host), for API tests. */
@ApplicationScoped
public class NetworkStubs {

    @Produces
    @Singleton
    NetworkService networks(Clock clock, EventBus events) {
        NetworkDriver bridge = new NetworkDriver() {
            public String name() { return "bridge"; }
            public void validate(Network network) { }
            public void create(Network network) { }
            public void delete(Network network) { }
            public void join(Network network, Endpoint endpoint, Path netns) { }
            public void leave(Network network, Endpoint endpoint, Path netns) { }
            public void shutdown(Network network) { }
        };
        Ipam ipam = new Ipam() {
            private int next = 20;
            public synchronized Ipv4Subnet allocateSubnet(Collection<Ipv4Subnet> taken) {
                return Ipv4Subnet.parse("10.99." + next++ + ".0/24");
            }
            public String allocateAddress(Network network, Set<String> taken, Optional<String> preferred) {
                return preferred.orElse(Ipv4Subnet.dotted(network.subnet().at(2 + taken.size())));
            }
        };
        Sandboxes sandboxes = new Sandboxes() {
            public Path create(ContainerId id) { return path(id); }
            public Path path(ContainerId id) { return Path.of("/run/netns/test-" + id.shortId()); }
            public boolean exists(ContainerId id) { return false; }
            public void remove(ContainerId id) { }
        };
        PortForwarder forwarder = new PortForwarder() {
            public PortBinding open(ContainerId container, PortBinding binding, String address) { return binding; }
            public void closeAll(ContainerId container) { }
        };
        NameServer dns = new NameServer() {
            public void serve(Network network, Directory directory) { }
            public void stop(Network network) { }
        };
        NetworkStore store = new NetworkStore() {
            public State load() { return new State(List.of(), List.of(), List.of()); }
            public void save(State state) { }
        };
        NetworkService service = new NetworkService(
                new NetworkService.Ports(Map.of("bridge", bridge), ipam, sandboxes, forwarder, dns, store),
                new DefaultBridge("berth-test0", Optional.of("10.98.0.1/24")),
                new HostFiles(List::of, List::of), clock, events);
        service.init();
        return service;
    }
}
