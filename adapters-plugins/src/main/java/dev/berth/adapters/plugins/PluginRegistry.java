package dev.berth.adapters.plugins;

import dev.berth.application.plugin.PluginCatalog;
import dev.berth.application.plugin.PluginInfo;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.error.Unavailable;
import dev.berth.plugins.sdk.protocol.Json;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The v1 plugins in use. A plugin is activated lazily, the first time something asks for it by name, and stays
 * active; activation is retried with backoff within {@link Activation#deadline()}. Activations of different
 * plugins do not wait for each other.
 */
public final class PluginRegistry implements PluginCatalog {

    private static final String ACTIVATE = "Plugin.Activate";

    private final PluginDiscovery discovery;
    private final Activation activation;
    private final Activation.Sleeper sleeper;
    private final Map<String, ActivePlugin> active = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public PluginRegistry(PluginDiscovery discovery, Activation activation, Activation.Sleeper sleeper) {
        this.discovery = discovery;
        this.activation = activation;
        this.sleeper = sleeper;
    }

    public PluginRegistry(PluginDiscovery discovery, Activation activation) {
        this(discovery, activation, delay -> Thread.sleep(delay));
    }

    /**
     * The plugin {@code name} implementing {@code protocol}; empty when no such plugin is installed. One that is
     * installed but does not come up, or implements other protocols, is an error that says so.
     */
    public Optional<ActivePlugin> get(String name, String protocol) {
        Optional<ActivePlugin> plugin = Optional.ofNullable(active.get(name)).or(() -> activate(name));
        if (plugin.isPresent() && !plugin.get().implementsProtocol(protocol)) {
            throw new NotFound("plugin \"" + name + "\" does not implement " + protocol + " (it implements "
                    + String.join(", ", plugin.get().implemented()) + ")");
        }
        return plugin;
    }

    /** The plugins activated so far, by name. */
    public List<ActivePlugin> active() {
        return active.values().stream().sorted(Comparator.comparing(ActivePlugin::name)).toList();
    }

    @Override
    public List<PluginInfo> activePlugins() {
        return active().stream().map(p -> new PluginInfo(p.name(), p.client().spec().address(), p.implemented()))
                .toList();
    }

    private Optional<ActivePlugin> activate(String name) {
        synchronized (locks.computeIfAbsent(name, n -> new Object())) {
            ActivePlugin already = active.get(name);
            if (already != null) {
                return Optional.of(already);
            }
            Optional<PluginSpec> spec = discovery.find(name);
            if (spec.isEmpty()) {
                return Optional.empty();
            }
            ActivePlugin plugin = handshake(new PluginClient(spec.get(), activation.callTimeout()));
            active.put(name, plugin);
            return Optional.of(plugin);
        }
    }

    private ActivePlugin handshake(PluginClient client) {
        long deadline = System.nanoTime() + activation.deadline().toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                Map<String, Object> answer = client.call(ACTIVATE, Map.of());
                if (!(answer.get("Implements") instanceof List<?> implemented)) {
                    throw new SystemFault(ACTIVATE + ": plugin " + client.spec().name()
                            + " answered no Implements list");
                }
                return new ActivePlugin(client.spec().name(), implemented.stream().map(Json::text).toList(), client);
            } catch (Unavailable notYet) {
                Duration delay = activation.delay(attempt);
                if (System.nanoTime() + delay.toNanos() > deadline) {
                    throw new Unavailable("plugin " + client.spec().name() + " did not activate within "
                            + activation.deadline().toSeconds() + "s: " + notYet.getMessage(), notYet);
                }
                pause(delay, notYet);
            }
        }
    }

    private void pause(Duration delay, BerthException cause) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }
}
