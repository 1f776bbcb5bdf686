package dev.berth.drivers.network.ipam;

import dev.berth.application.network.DefaultBridge;
import dev.berth.application.network.HostFiles;
import dev.berth.application.network.NetworkRequest;
import dev.berth.application.network.NetworkService;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.container.PortBinding;
import dev.berth.domain.error.Forbidden;
import dev.berth.domain.network.Endpoint;
import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.domain.network.NameServer;
import dev.berth.domain.network.Network;
import dev.berth.domain.network.NetworkDriver;
import dev.berth.domain.network.NetworkStore;
import dev.berth.domain.network.PortForwarder;
import dev.berth.domain.network.Sandboxes;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The network service over the real IPAM, with containers starting and stopping on many threads at once: each
 * running container has an address of its own, a stopped one's address is given again, a full subnet refuses.
 */
class ConcurrentAllocationTest {

    /** 10.7.0.0/26: 64 addresses, minus the network address, the broadcast and the gateway. */
    private static final int USABLE = 61;
    private static final int THREADS = 16;

    private final Map<Path, String> joined = new ConcurrentHashMap<>();
    private final NetworkService service = service();

    @Test
    void containersStartingTogetherNeverShareAnAddress() throws Exception {
        service.create(request());
        List<Container> containers = containers(USABLE);

        List<String> addresses = inParallel(starts(containers));

        assertEquals(USABLE, Set.copyOf(addresses).size(), "an address was given twice: " + addresses);
        Ipv4Subnet subnet = Ipv4Subnet.parse("10.7.0.0/26");
        addresses.forEach(address -> assertTrue(subnet.contains(address) && !address.equals("10.7.0.1"), address));
        assertEquals(Set.copyOf(addresses), Set.copyOf(joined.values()), "the driver joined other addresses");
        assertThrows(Forbidden.class, () -> start(containers(1).getFirst()));
    }

    @Test
    void addressesOfContainersStoppedTogetherAreGivenToTheNextOnes() throws Exception {
        service.create(request());
        List<Container> first = containers(USABLE);
        List<String> firstAddresses = inParallel(starts(first));
        List<Container> stopping = first.subList(0, 30);
        Set<String> released = Set.copyOf(firstAddresses.subList(0, 30));

        inParallel(stopping.stream().<Callable<String>>map(container -> () -> {
            service.detach(container.id());
            return address(container);
        }).toList()).forEach(address -> assertEquals("", address));
        List<String> again = inParallel(starts(containers(30)));

        assertEquals(released, Set.copyOf(again), "the subnet is full but for the released addresses");
        assertEquals(30, again.size());
        Set<String> running = new HashSet<>(again);
        for (Container container : first.subList(30, USABLE)) {
            assertTrue(running.add(address(container)), "given twice: " + address(container));
        }
        assertEquals(USABLE, running.size());
    }

    private List<Callable<String>> starts(List<Container> containers) {
        return containers.stream().<Callable<String>>map(container -> () -> start(container)).toList();
    }

    private String start(Container container) {
        service.configure(container);
        service.attach(container, name -> {
            throw new AssertionError("no container: network mode");
        });
        return address(container);
    }

    private String address(Container container) {
        return service.endpointsOf(container.id()).values().stream().map(Endpoint::address).findFirst()
                .orElseThrow();
    }

    /** Runs the tasks on {@link #THREADS} threads, released together. */
    private static <R> List<R> inParallel(List<Callable<R>> tasks) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<R>> results = new ArrayList<>();
            for (Callable<R> task : tasks) {
                results.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<R> values = new ArrayList<>();
            for (Future<R> result : results) {
                values.add(result.get());
            }
            return values;
        }
    }

    private static NetworkRequest request() {
        return new NetworkRequest("mynet", "bridge", "10.7.0.0/26", "", "", Map.of(), false, false, Map.of(),
                Map.of());
    }

    private static List<Container> containers(int count) {
        List<Container> containers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ContainerId id = ContainerId.random();
            var config = new ContainerConfig("busybox", id.shortId(), "", "", List.of(), null, List.of("true"), "/",
                    Map.of(), Set.of(), false, false, false, false, true, true, null, 10);
            containers.add(new Container(id, new ContainerName("c-" + id.shortId()), Instant.EPOCH, null, config,
                    new HostConfig(false, "mynet", null, List.of(), List.of(), false, false),
                    ContainerState.created().running(100 + i, Instant.EPOCH), "true", List.of(), 0, false));
        }
        return containers;
    }

    private NetworkService service() {
        NetworkDriver driver = new NetworkDriver() {
            public String name() {
                return "bridge";
            }

            public void validate(Network network) {
            }

            public void create(Network network) {
            }

            public void delete(Network network) {
            }

            public void join(Network network, Endpoint endpoint, Path netns) {
                if (network.name().equals("mynet")) {
                    joined.put(netns, endpoint.address());
                }
            }

            public void leave(Network network, Endpoint endpoint, Path netns) {
                joined.remove(netns);
            }

            public void shutdown(Network network) {
            }
        };
        Sandboxes sandboxes = new Sandboxes() {
            private final Set<ContainerId> made = ConcurrentHashMap.newKeySet();

            public Path create(ContainerId id) {
                made.add(id);
                return path(id);
            }

            public Path path(ContainerId id) {
                return Path.of("/run/netns/test-" + id.value());
            }

            public boolean exists(ContainerId id) {
                return made.contains(id);
            }

            public void remove(ContainerId id) {
                made.remove(id);
            }
        };
        PortForwarder noPorts = new PortForwarder() {
            public PortBinding open(ContainerId container, PortBinding binding, String containerAddress) {
                throw new AssertionError("nothing is published");
            }

            public void closeAll(ContainerId container) {
            }
        };
        NameServer noDns = new NameServer() {
            public void serve(Network network, Directory directory) {
            }

            public void stop(Network network) {
            }
        };
        NetworkStore memory = new NetworkStore() {
            private volatile State state = new State(List.of(), List.of(), List.of());

            public State load() {
                return state;
            }

            public void save(State saved) {
                state = saved;
            }
        };
        var ports = new NetworkService.Ports(Map.of("bridge", driver), new DefaultIpam(List::of), sandboxes, noPorts,
                noDns, memory);
        var service = new NetworkService(ports, new DefaultBridge("br-test", Optional.of("10.99.0.1/24")),
                new HostFiles(List::of, List::of), Clock.systemUTC(), (type, action, actor) -> { });
        service.init();
        return service;
    }
}
