package dev.berth.bootstrap.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Berth's configuration. Each key can come from a {@code berthd} flag, an environment variable
 * ({@code BERTH_DATA_ROOT}), the config file or these defaults; {@link DaemonOptions} resolves the flags and the
 * file before Quarkus reads this.
 */
@ConfigMapping(prefix = "berth")
public interface BerthConfig {

    /** Persistent state: images, layers, container records and logs. */
    @WithDefault("/var/lib/berth")
    Path dataRoot();

    /** Runtime state that a reboot may clear: bundles, sockets, exit files. */
    @WithDefault("/run/berth")
    Path execRoot();

    Storage storage();

    Runtime runtime();

    @WithDefault("false")
    boolean debug();

    Tls tls();

    interface Tls {
        /** {@code --tlsverify}: TLS clients must present a certificate signed by the CA ({@code --tlscacert}). */
        @WithDefault("false")
        boolean verify();
    }

    interface Storage {
        /** A snapshotter name: {@code overlayfs} or {@code vfs}. */
        @WithDefault("overlayfs")
        String driver();

        Map<String, String> options();
    }

    interface Runtime {
        /** {@code runc} (default) or {@code crun}. */
        @WithDefault("runc")
        String name();

        /** The runtime binary; when unset, the name is looked up in /usr/sbin, /usr/bin and /usr/local/bin. */
        Optional<Path> path();

        @WithDefault("/usr/bin/conmon")
        Path conmon();

        /** The init run as pid 1 for {@code --init} (a static binary, bind-mounted as /sbin/docker-init). */
        @WithDefault("/usr/bin/tini-static")
        Path init();

        /** Containers' cgroups go under this parent. */
        @WithDefault("berth")
        String cgroupParent();
    }

    RegistryAccess registry();

    Authorization authorization();

    interface Authorization {
        /** {@code --authorization-plugin}: the plugins asked about every API request, in order. */
        Optional<List<String>> plugins();
    }

    Plugins plugins();

    interface Plugins {
        /** How long one call to a v1 plugin may take before it fails (dockerd's 30 s). */
        @WithDefault("30s")
        Duration callTimeout();
    }

    Net network();

    interface Net {
        /** The Linux bridge of the predefined {@code bridge} network ({@code -b/--bridge}). */
        @WithDefault("berth0")
        String bridge();

        /** Its address and subnet ({@code --bip 10.200.0.1/24}); when unset, a subnet no host route uses. */
        Optional<String> bip();
    }

    interface RegistryAccess {
        /** Registries reached over plain HTTP besides loopback ({@code host:port}, host or CIDR; comma-separated). */
        Optional<List<String>> insecure();

        /** Per-registry CA certificates: {@code <certs-dir>/<host:port>/*.crt}, as dockerd reads them. */
        @WithDefault("/etc/docker/certs.d")
        Path certsDir();

        /** Layers a pull downloads at the same time (dockerd's max-concurrent-downloads). */
        @WithDefault("3")
        int maxConcurrentDownloads();

        /** How many times a broken layer download is tried. */
        @WithDefault("5")
        int downloadAttempts();
    }
}
