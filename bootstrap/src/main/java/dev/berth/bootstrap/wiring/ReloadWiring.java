package dev.berth.bootstrap.wiring;

import dev.berth.adapters.registry.HttpRegistry;
import dev.berth.application.authz.AuthorizationChain;
import dev.berth.application.event.EventBus;
import dev.berth.application.image.DownloadLimit;
import dev.berth.application.system.DaemonReload;
import dev.berth.application.system.DaemonSettings;
import dev.berth.application.system.ReloadableSettings;
import dev.berth.application.system.SystemService;
import dev.berth.bootstrap.config.DaemonOptions;
import dev.berth.domain.error.BerthException;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import sun.misc.Signal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * SIGHUP reloads the configuration as dockerd does: the flags and the config file are read again and the settings
 * that can change live (authorization plugins, debug, insecure registries, max concurrent downloads) are applied; a config file that does
 * not parse is reported and changes nothing. Without this handler the JVM would exit on SIGHUP.
 */
@ApplicationScoped
public class ReloadWiring {

    private static final Logger LOG = Logger.getLogger(ReloadWiring.class);
    private static final String DEBUG = "berth.debug";
    private static final String INSECURE = "berth.registry.insecure";
    private static final String DOWNLOADS = "berth.registry.max-concurrent-downloads";
    private static final int DEFAULT_DOWNLOADS = 3;

    @Produces
    @Singleton
    DaemonReload daemonReload(EventBus events, DaemonSettings settings, SystemService system, HttpRegistry registry,
                              DownloadLimit downloads, AuthorizationChain authorization) {
        DaemonReload reload = new DaemonReload(events, settings.host().engineId(), settings.name());
        // first: a plugin that is missing or does not come up refuses the reload before anything changed
        reload.onReload(s -> authorization.configure(s.authorizationPlugins()));
        reload.onReload(s -> registry.trustInsecure(s.insecureRegistries()));
        reload.onReload(s -> downloads.change(s.maxConcurrentDownloads()));
        reload.onReload(s -> java.util.logging.Logger.getLogger("dev.berth")
                .setLevel(s.debug() ? Level.FINE : Level.INFO));
        reload.onReload(system::reconfigure);
        return reload;
    }

    void onHangUp(@Observes StartupEvent start, DaemonReload reload, @CommandLineArguments String[] args) {
        String[] launch = Arrays.copyOf(args, args.length);
        Signal.handle(new Signal("HUP"), signal -> Thread.ofVirtual().name("reload").start(() -> {
            try {
                reload.reload(settings(DaemonOptions.parse(launch).properties(System.getenv())));
                LOG.info("configuration reloaded");
            } catch (DaemonOptions.OptionsException | BerthException e) {
                LOG.error("configuration not reloaded: " + e.getMessage());
            }
        }));
    }

    /** The live settings among the properties the flags and config file give; absent ones take their defaults. */
    static ReloadableSettings settings(Map<String, String> properties) {
        String insecure = properties.getOrDefault(INSECURE, "");
        String plugins = properties.getOrDefault(DaemonOptions.AUTHORIZATION_PLUGINS, "");
        String downloads = properties.getOrDefault(DOWNLOADS, Integer.toString(DEFAULT_DOWNLOADS));
        try {
            return new ReloadableSettings(Boolean.parseBoolean(properties.getOrDefault(DEBUG, "false")),
                    insecure.isEmpty() ? List.of() : List.of(insecure.split(",")), Integer.parseInt(downloads),
                    plugins.isEmpty() ? List.of() : List.of(plugins.split(",")));
        } catch (NumberFormatException e) {
            throw new DaemonOptions.OptionsException("invalid max-concurrent-downloads " + downloads);
        }
    }
}
