package dev.berth.application.network;

import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerNetworking.EndpointRequest;
import dev.berth.domain.container.PortBinding;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.Forbidden;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.event.Actor;
import dev.berth.domain.event.EventPublisher;
import dev.berth.domain.event.EventType;
import dev.berth.domain.network.Endpoint;
import dev.berth.domain.network.Ipam;
import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.domain.network.NameServer;
import dev.berth.domain.network.Network;
import dev.berth.domain.network.NetworkDriver;
import dev.berth.domain.network.NetworkStore;
import dev.berth.domain.network.NetworkStore.PublishedPort;
import dev.berth.domain.network.PortForwarder;
import dev.berth.domain.network.Sandboxes;
import dev.berth.domain.runtime.NetworkSpec;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Networks and endpoints: the network API's use cases and each container's attachments through its life. One lock
 * orders every change (so two creates never get the same address or subnet), and each change is saved at once, so
 * networks and allocations survive a restart.
 */
public final class NetworkService implements ContainerNetworks, ContainerNetworkView, NameServer.Directory {

    private static final Logger LOG = Logger.getLogger(NetworkService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> NAMESPACE_ONLY_DRIVERS = Set.of("host", "null");

    /** The ports networking uses, as bootstrap finds them; plugins are asked for drivers not built in. */
    public record Ports(Map<String, NetworkDriver> drivers, Ipam ipam, Sandboxes sandboxes, PortForwarder forwarder,
                        NameServer nameServer, NetworkStore store, NetworkPlugins plugins) {
        public Ports {
            drivers = Map.copyOf(drivers);
        }

        public Ports(Map<String, NetworkDriver> drivers, Ipam ipam, Sandboxes sandboxes, PortForwarder forwarder,
                     NameServer nameServer, NetworkStore store) {
            this(drivers, ipam, sandboxes, forwarder, nameServer, store, NetworkPlugins.none());
        }
    }

    private final Ports ports;
    private final DefaultBridge defaultBridge;
    private final NameFiles nameFiles;
    private final NetworkAddressing addressing;
    private final Clock clock;
    private final EventPublisher events;
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<PublishedPort> published = new ArrayList<>();

    public NetworkService(Ports ports, DefaultBridge defaultBridge, HostFiles hostFiles, Clock clock,
                          EventPublisher events) {
        this.ports = ports;
        this.defaultBridge = defaultBridge;
        this.nameFiles = new NameFiles(hostFiles);
        this.addressing = new NetworkAddressing(ports.ipam(), ports.plugins());
        this.clock = clock;
        this.events = events;
    }

    // ---------------------------------------------------------------- daemon start and stop

    /** Loads the saved networks, makes the predefined ones, and restores every network's devices, rules and DNS. */
    public synchronized void init() {
        NetworkStore.State state = ports.store().load();
        state.networks().forEach(n -> networks.put(n.id(), n));
        endpoints.addAll(state.endpoints());
        published.addAll(state.ports());
        ensurePredefined();
        for (Network network : networks.values()) {
            builtIn(network).ifPresent(driver -> driver.create(network));
            if (servesNames(network)) {
                serveNames(network);
            }
        }
        save();
    }

    private void ensurePredefined() {
        Optional<Network> stored = byName(Network.DEFAULT_BRIDGE);
        Ipv4Subnet subnet = defaultBridge.subnet().or(() -> stored.map(Network::subnet)
                .filter(s -> sameDevice(stored.get()))).orElseGet(() -> ports.ipam().allocateSubnet(otherSubnets()));
        String gateway = defaultBridge.gateway().orElse(Ipv4Subnet.dotted(subnet.at(1)));
        if (stored.isPresent() && !(stored.get().subnet().equals(subnet) && stored.get().gateway().equals(gateway)
                && sameDevice(stored.get()))) {
            builtIn(stored.get()).ifPresent(d -> d.shutdown(stored.get()));
        }
        Network bridge = new Network(stored.map(Network::id).orElseGet(NetworkService::randomId),
                Network.DEFAULT_BRIDGE, "bridge", stored.map(Network::created).orElseGet(clock::instant), subnet,
                gateway, null, Map.of(), false, false, Map.of(),
                Map.of(Network.BRIDGE_NAME_OPTION, defaultBridge.device()), "local");
        networks.put(bridge.id(), bridge);
        for (String name : List.of("host", "none")) {
            if (byName(name).isEmpty()) {
                Network network = new Network(randomId(), name, name.equals("none") ? "null" : "host",
                        clock.instant(), null, "", null, Map.of(), false, false, Map.of(), Map.of(), "local");
                networks.put(network.id(), network);
            }
        }
    }

    private boolean sameDevice(Network network) {
        return defaultBridge.device().equals(network.options().get(Network.BRIDGE_NAME_OPTION));
    }

    private List<Ipv4Subnet> otherSubnets() {
        return networks.values().stream().filter(Network::hasAddresses)
                .filter(n -> !n.name().equals(Network.DEFAULT_BRIDGE)).map(Network::subnet).toList();
    }

    /** At daemon stop: DNS servers stop and each network's rules go; devices stay for running containers. */
    public synchronized void shutdown() {
        for (Network network : networks.values()) {
            ports.nameServer().stop(network);
            try {
                builtIn(network).ifPresent(driver -> driver.shutdown(network));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "removing the rules of network " + network.name(), e);
            }
        }
    }

    // ---------------------------------------------------------------- the network API

    public synchronized Network create(NetworkRequest request) {
        if (request.name() == null || request.name().isBlank()) {
            throw new InvalidParameter("network name is required");
        }
        if (byName(request.name()).isPresent()) {
            throw new Conflict("network with name " + request.name() + " already exists");
        }
        if (NAMESPACE_ONLY_DRIVERS.contains(request.driver())) {
            throw new Forbidden("only one instance of \"" + request.driver() + "\" network is allowed");
        }
        NetworkDriver driver = driverNamed(request.driver())
                .orElseThrow(() -> new NotFound("plugin \"" + request.driver() + "\" not found"));
        NetworkAddressing.Allocation allocation = addressing.forNetwork(request, allSubnets());
        Network network = new Network(randomId(), request.name(), request.driver(), clock.instant(),
                allocation.subnet(), allocation.gateway(), allocation.range(), request.auxAddresses(),
                request.internal(), request.attachable(), request.labels(), request.options(), driver.scope(),
                allocation.ipam());
        try {
            driver.validate(network);
            driver.create(network);
        } catch (RuntimeException e) {
            addressing.abandon(allocation, e);
            throw e;
        }
        networks.put(network.id(), network);
        save();
        if (servesNames(network)) {
            serveNames(network);
        }
        publish(network, "create", Map.of());
        return network;
    }

    private List<Ipv4Subnet> allSubnets() {
        return networks.values().stream().filter(Network::hasAddresses).map(Network::subnet).toList();
    }

    public synchronized List<Network> list(Predicate<Network> filter) {
        return networks.values().stream().filter(filter).toList();
    }

    /** By full ID, then name, then unique ID prefix, as dockerd looks networks up. */
    public synchronized Network find(String ref) {
        Network byId = networks.get(ref);
        if (byId != null) {
            return byId;
        }
        Optional<Network> named = byName(ref);
        if (named.isPresent()) {
            return named.get();
        }
        List<Network> prefixed = networks.values().stream().filter(n -> n.id().startsWith(ref)).toList();
        if (prefixed.size() == 1 && !ref.isEmpty()) {
            return prefixed.getFirst();
        }
        throw new NotFound("network " + ref + " not found");
    }

    private Optional<Network> byName(String name) {
        return networks.values().stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The endpoints on the network (running containers have an address). */
    public synchronized List<Endpoint> endpoints(Network network) {
        return endpoints.stream().filter(e -> e.networkId().equals(network.id())).toList();
    }

    public synchronized void remove(String ref) {
        Network network = find(ref);
        if (network.predefined()) {
            throw new Forbidden(network.name() + " is a pre-defined network and cannot be removed");
        }
        if (!endpoints(network).isEmpty()) {
            throw new Forbidden("error while removing network: network " + network.name() + " id " + network.id()
                    + " has active endpoints");
        }
        ports.nameServer().stop(network);
        driver(network).ifPresent(driver -> driver.delete(network));
        addressing.releaseNetwork(network);
        networks.remove(network.id());
        save();
        publish(network, "destroy", Map.of());
    }

    /** Removes the unused user-defined networks the filter accepts; returns their names. */
    public synchronized List<String> prune(Predicate<Network> filter) {
        List<String> removed = new ArrayList<>();
        for (Network network : List.copyOf(networks.values())) {
            if (!network.predefined() && endpoints(network).isEmpty() && filter.test(network)) {
                remove(network.id());
                removed.add(network.name());
            }
        }
        if (!removed.isEmpty()) {
            events.publish(EventType.NETWORK, "prune", new Actor("", Map.of()));
        }
        return removed;
    }

    /** {@code docker network connect}: a running container joins at once, a stopped one at its next start. */
    public synchronized void connect(String ref, Container container, EndpointRequest request) {
        Network network = find(ref);
        String mode = container.hostConfig().networkMode();
        if (!network.hasAddresses() || isNamespaceMode(mode)) {
            throw new InvalidParameter("container cannot be connected to network " + network.name()
                    + " in network mode " + mode);
        }
        if (endpointOf(container.id(), network).isPresent()) {
            throw new Forbidden("endpoint with name " + container.name().value() + " already exists in network "
                    + network.name());
        }
        Endpoint endpoint = newEndpoint(network, container, request);
        endpoints.add(endpoint);
        try {
            if (container.state().isRunning() && ports.sandboxes().exists(container.id())) {
                join(network, endpoint, ports.sandboxes().path(container.id()));
            }
        } catch (RuntimeException e) {
            endpoints.stream().filter(x -> x.id().equals(endpoint.id())).findFirst().ifPresent(x -> leave(network, x));
            endpoints.removeIf(x -> x.id().equals(endpoint.id()));
            throw e;
        }
        save();
        publish(network, "connect", Map.of("container", container.id().value()));
    }

    public synchronized void disconnect(String ref, Container container) {
        Network network = find(ref);
        Endpoint endpoint = endpointOf(container.id(), network).orElseThrow(() -> new Forbidden(
                "container " + container.id() + " is not connected to network " + network.name()));
        leave(network, endpoint);
        endpoints.removeIf(e -> e.id().equals(endpoint.id()));
        save();
        publish(network, "disconnect", Map.of("container", container.id().value()));
    }

    @Override
    public synchronized Map<Network, Endpoint> endpointsOf(ContainerId id) {
        Map<Network, Endpoint> result = new LinkedHashMap<>();
        endpoints.stream().filter(e -> e.container().equals(id))
                .forEach(e -> result.put(networks.get(e.networkId()), e));
        return result;
    }

    @Override
    public synchronized List<PortBinding> portsOf(ContainerId id) {
        return published.stream().filter(p -> p.container().equals(id)).map(PublishedPort::binding).toList();
    }

    // ---------------------------------------------------------------- containers

    @Override
    public synchronized void configure(Container container) {
        String mode = container.hostConfig().networkMode();
        if (isNamespaceMode(mode)) {
            return;
        }
        Network network = find(mode.equals("default") ? Network.DEFAULT_BRIDGE : mode);
        Map<String, EndpointRequest> requested = container.hostConfig().networking().endpoints();
        EndpointRequest first = requested.getOrDefault(mode, requested.getOrDefault(network.name(),
                new EndpointRequest(List.of(), "")));
        List<Endpoint> added = new ArrayList<>();
        added.add(newEndpoint(network, container, first));
        for (var entry : requested.entrySet()) {
            if (entry.getKey().equals(mode) || entry.getKey().equals("default")) {
                continue; // the CLI repeats the network mode here
            }
            Network other = find(entry.getKey());
            if (!other.id().equals(network.id())) {
                added.add(newEndpoint(other, container, entry.getValue()));
            }
        }
        endpoints.addAll(added);
        save();
    }

    private static boolean isNamespaceMode(String mode) {
        return mode.equals("host") || mode.equals("none") || mode.startsWith("container:");
    }

    private Endpoint newEndpoint(Network network, Container container, EndpointRequest request) {
        if (network.name().equals(Network.DEFAULT_BRIDGE)) {
            if (!request.aliases().isEmpty()) {
                throw new InvalidParameter(
                        "network-scoped alias is supported only for containers in user defined networks");
            }
            if (!request.ipv4Address().isEmpty()) {
                throw new InvalidParameter(
                        "user specified IP address is supported on user defined networks only");
            }
        }
        if (!request.ipv4Address().isEmpty() && !network.subnet().contains(request.ipv4Address())) {
            throw new InvalidParameter("no configured subnet or ip-range contain the IP address "
                    + request.ipv4Address());
        }
        long interfaces = endpoints.stream().filter(e -> e.container().equals(container.id())).count();
        return new Endpoint(randomId(), network.id(), container.id(), container.name().value(), "", "",
                request.aliases(), "eth" + interfaces, request.ipv4Address());
    }

    private Optional<Endpoint> endpointOf(ContainerId id, Network network) {
        return endpoints.stream().filter(e -> e.container().equals(id) && e.networkId().equals(network.id()))
                .findFirst();
    }

    @Override
    public synchronized NetworkSpec attach(Container container, Function<String, Container> find) {
        String mode = container.hostConfig().networkMode();
        String hostGateway = byName(Network.DEFAULT_BRIDGE).map(Network::gateway).orElseThrow();
        if (mode.equals("host")) {
            return new NetworkSpec(NetworkSpec.Mode.HOST, null, nameFiles.hostNetworkHosts(container, hostGateway),
                    nameFiles.resolvConf(container, null));
        }
        if (mode.startsWith("container:")) {
            Container peer = find.apply(mode.substring("container:".length()));
            if (!peer.state().isRunning()) {
                throw new Conflict("cannot join network of a non running container: " + peer.id());
            }
            return new NetworkSpec(NetworkSpec.Mode.JOIN, Path.of("/proc", Integer.toString(peer.state().pid()),
                    "ns", "net"), nameFiles.hosts(container, "", hostGateway), nameFiles.resolvConf(container, null));
        }
        if (mode.equals("none")) {
            return NetworkSpec.privateNamespace(nameFiles.hosts(container, "", hostGateway),
                    nameFiles.resolvConf(container, null));
        }
        try {
            return joinAll(container, hostGateway);
        } catch (RuntimeException e) {
            detach(container.id());
            throw e;
        }
    }

    private NetworkSpec joinAll(Container container, String hostGateway) {
        Path netns = ports.sandboxes().create(container.id());
        Network first = null;
        Endpoint firstEndpoint = null;
        for (Endpoint endpoint : List.copyOf(endpoints)) {
            if (endpoint.container().equals(container.id())) {
                Network network = networks.get(endpoint.networkId());
                Endpoint joined = join(network, endpoint, netns);
                if (first == null) {
                    first = network;
                    firstEndpoint = joined;
                }
            }
        }
        if (first != null && !first.internal() && reachable(first)) {
            publishPorts(container, firstEndpoint.address());
        }
        save();
        return new NetworkSpec(NetworkSpec.Mode.JOIN, netns,
                nameFiles.hosts(container, firstEndpoint == null ? "" : firstEndpoint.address(), hostGateway),
                nameFiles.resolvConf(container, first != null && servesNames(first) ? first : null));
    }

    private Endpoint join(Network network, Endpoint endpoint, Path netns) {
        Set<String> taken = endpoints.stream().filter(e -> e.networkId().equals(network.id()))
                .map(Endpoint::address).filter(a -> !a.isEmpty()).collect(Collectors.toSet());
        String address = addressing.forEndpoint(network, taken,
                endpoint.fixedAddress().isEmpty() ? Optional.empty() : Optional.of(endpoint.fixedAddress()));
        Endpoint joined = endpoint.withAddress(address);
        replace(joined);
        driver(network).orElseThrow().join(network, joined, netns);
        return joined;
    }

    private void publishPorts(Container container, String address) {
        List<PortBinding> bindings = new ArrayList<>(container.hostConfig().networking().portBindings());
        if (container.hostConfig().networking().publishAllPorts()) {
            for (String exposed : container.config().exposedPorts()) {
                if (bindings.stream().noneMatch(b -> b.portKey().equals(exposed)
                        || (exposed.indexOf('/') < 0 && b.portKey().equals(exposed + "/tcp")))) {
                    bindings.add(PortBinding.parse(exposed, "", ""));
                }
            }
        }
        for (PortBinding binding : bindings) {
            PortBinding opened = ports.forwarder().open(container.id(), binding, address);
            published.add(new PublishedPort(container.id(), opened));
        }
    }

    @Override
    public synchronized void restore(Container container) {
        Optional<Endpoint> first = endpoints.stream()
                .filter(e -> e.container().equals(container.id()) && e.active()).findFirst();
        if (first.isEmpty()) {
            return;
        }
        for (PublishedPort port : published) {
            if (port.container().equals(container.id())) {
                ports.forwarder().open(container.id(), port.binding(), first.get().address());
            }
        }
    }

    @Override
    public synchronized void detach(ContainerId id) {
        ports.forwarder().closeAll(id);
        published.removeIf(p -> p.container().equals(id));
        for (Endpoint endpoint : List.copyOf(endpoints)) {
            if (endpoint.container().equals(id) && endpoint.active()) {
                leave(networks.get(endpoint.networkId()), endpoint);
            }
        }
        ports.sandboxes().remove(id);
        save();
    }

    /** Takes the endpoint's interface down and releases its address; a failure is logged (the namespace goes). */
    private void leave(Network network, Endpoint endpoint) {
        if (!endpoint.active()) {
            return;
        }
        try {
            driver(network).ifPresent(d -> d.leave(network, endpoint, ports.sandboxes().path(endpoint.container())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "removing endpoint " + endpoint.id() + " from " + network.name(), e);
        }
        try {
            addressing.releaseEndpoint(network, endpoint.address());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "releasing address " + endpoint.address() + " on " + network.name(), e);
        }
        replace(endpoint.withAddress(""));
    }

    @Override
    public synchronized void forget(ContainerId id) {
        detach(id);
        endpoints.removeIf(e -> e.container().equals(id));
        save();
    }

    // ---------------------------------------------------------------- the embedded DNS server's directory

    @Override
    public synchronized List<String> lookup(String networkId, String name) {
        return endpoints.stream().filter(e -> e.networkId().equals(networkId) && e.active())
                .filter(e -> e.names().stream().anyMatch(n -> n.equalsIgnoreCase(name)))
                .map(Endpoint::address).toList();
    }

    @Override
    public synchronized Optional<String> reverse(String networkId, String address) {
        Network network = networks.get(networkId);
        return endpoints.stream().filter(e -> e.networkId().equals(networkId) && e.address().equals(address))
                .map(e -> e.containerName() + "." + network.name()).findFirst();
    }

    // ---------------------------------------------------------------- internals

    /**
     * The embedded DNS server listens on the gateway. A plugin's gateway need not be an address of the host (nor be
     * up yet when the daemon starts): its network then goes without names, as a failure here must not undo it.
     */
    private void serveNames(Network network) {
        try {
            ports.nameServer().serve(network, this);
        } catch (RuntimeException e) {
            if (ports.drivers().containsKey(network.driver())) {
                throw e;
            }
            LOG.log(Level.INFO, "network " + network.name() + " of plugin " + network.driver()
                    + " has no embedded DNS: " + e.getMessage());
        }
    }

    private void replace(Endpoint endpoint) {
        endpoints.replaceAll(e -> e.id().equals(endpoint.id()) ? endpoint : e);
    }

    /**
     * The embedded DNS server listens on the network's gateway, so only where that may be the host's: not for a
     * built-in driver whose gateway is elsewhere (a macvlan container here uses the host's resolvers; dockerd's
     * server lives in each container instead). A plugin is not asked, as it may not be up yet: serveNames finds out.
     */
    private boolean servesNames(Network network) {
        NetworkDriver builtIn = ports.drivers().get(network.driver());
        return network.resolvesNames() && (builtIn == null || builtIn.gatewayOnHost());
    }

    private boolean reachable(Network network) {
        return driver(network).map(NetworkDriver::gatewayOnHost).orElse(false);
    }

    /** The network's driver, built in or a plugin (activated if it was not yet). */
    private Optional<NetworkDriver> driver(Network network) {
        return network.hasAddresses() ? driverNamed(network.driver()) : Optional.empty();
    }

    /**
     * Only a built-in driver: at daemon start and stop, which must not wait for plugins (a plugin keeps its own
     * networks across a restart of the daemon, as with dockerd).
     */
    private Optional<NetworkDriver> builtIn(Network network) {
        return Optional.ofNullable(ports.drivers().get(network.driver())).filter(d -> network.hasAddresses());
    }

    /** Built-in drivers win over a plugin of the same name. */
    private Optional<NetworkDriver> driverNamed(String name) {
        NetworkDriver builtIn = ports.drivers().get(name);
        return builtIn != null ? Optional.of(builtIn) : ports.plugins().networkDriver(name);
    }

    private void save() {
        ports.store().save(new NetworkStore.State(List.copyOf(networks.values()), endpoints, published));
    }

    private void publish(Network network, String action, Map<String, String> extra) {
        Map<String, String> attributes = new LinkedHashMap<>(extra);
        attributes.put("name", network.name());
        attributes.put("type", network.driver());
        events.publish(EventType.NETWORK, action, new Actor(network.id(), attributes));
    }

    private static String randomId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return hex.substring(0, 12).matches("[0-9]+") ? randomId() : hex;
    }
}
