package dev.berth.bootstrap;

import dev.berth.adapters.plugins.Activation;
import dev.berth.adapters.plugins.PluginAuthorizers;
import dev.berth.adapters.plugins.PluginDiscovery;
import dev.berth.adapters.plugins.PluginRegistry;
import dev.berth.application.authz.AuthorizationChain;
import dev.berth.bootstrap.config.DaemonOptions;
import dev.berth.domain.error.BerthException;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code berthd}: resolves the flags and config file, checks the drivers, then starts the API server. */
@QuarkusMain
public final class BerthMain {

    private BerthMain() {
    }

    public static void main(String... args) {
        try {
            DaemonOptions options = DaemonOptions.parse(args);
            if (options.help()) {
                System.out.println(USAGE);
                return;
            }
            Map<String, String> properties = options.properties(System.getenv());
            properties.forEach(System::setProperty);
            createSocketDirectory(properties.get("quarkus.http.domain-socket"));
            DriverRegistry.checkStorageDriver(System.getProperty("berth.storage.driver",
                    System.getenv().getOrDefault("BERTH_STORAGE_DRIVER", "overlayfs")));
            checkAuthorizationPlugins(properties);
        } catch (DaemonOptions.OptionsException | DriverRegistry.UnknownDriverException | BerthException e) {
            System.err.println("berthd: " + e.getMessage());
            System.exit(1);
        }
        Quarkus.run(args);
    }

    /**
     * dockerd refuses to start without its authorization plugins: each must be found and answer the handshake as an
     * {@code authz} plugin (activation retries for a plugin that is starting too).
     */
    private static void checkAuthorizationPlugins(Map<String, String> properties) {
        String names = properties.getOrDefault(DaemonOptions.AUTHORIZATION_PLUGINS,
                System.getenv().getOrDefault("BERTH_AUTHORIZATION_PLUGINS", ""));
        if (names.isEmpty()) {
            return;
        }
        Path execRoot = Path.of(properties.getOrDefault("berth.exec-root",
                System.getenv().getOrDefault("BERTH_EXEC_ROOT", "/run/berth")));
        new AuthorizationChain(new PluginAuthorizers(new PluginRegistry(PluginDiscovery.standard(execRoot),
                Activation.DEFAULT))).configure(List.of(names.split(",")));
    }

    /** Quarkus binds the socket but does not create its directory. */
    private static void createSocketDirectory(String socket) {
        if (socket == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(socket).toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new DaemonOptions.OptionsException("cannot create the directory of " + socket + ": " + e.getMessage());
        }
    }

    private static final String USAGE = """
            Usage: berthd [OPTIONS]

            A container engine that speaks the Docker Engine API.

              -H, --host ADDRESS          listen on unix:///path or tcp://addr:port (repeatable; default %s)
                  --data-root DIR         persistent state (default /var/lib/berth)
                  --exec-root DIR         runtime state (default /run/berth)
              -s, --storage-driver NAME   overlayfs (default) or vfs
                  --runtime NAME          runc (default) or crun
              -b, --bridge NAME           the default bridge network's device (default berth0)
                  --bip CIDR              its address and subnet (default: a free one, e.g. 172.18.0.1/16)
                  --config-file FILE      JSON settings (default /etc/berth/berth.json if present)
              -D, --debug                 debug logging
                  --authorization-plugin NAME  ask this plugin about every API request (repeatable, in order)
                  --tls                   serve the TCP address over TLS (--tlscert, --tlskey)
                  --tlsverify             TLS, and require client certificates signed by --tlscacert
                  --tlscacert FILE        CA of the client certificates (default ~/.docker/ca.pem)
                  --tlscert FILE          server certificate (default ~/.docker/cert.pem)
                  --tlskey FILE           server key (default ~/.docker/key.pem)
            """.formatted(DaemonOptions.DEFAULT_SOCKET);
}
