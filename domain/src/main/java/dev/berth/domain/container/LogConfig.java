package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The API's {@code HostConfig.LogConfig}: the driver that receives a container's output ({@code json-file}, Berth's
 * own log, or the name of a log driver plugin) and its {@code --log-opt}s. Berth keeps its own log whatever the
 * driver, so {@code docker logs} and attach work with a plugin too (dockerd's "dual logging").
 */
public record LogConfig(String type, Map<String, String> options) {

    public static final String JSON_FILE = "json-file";
    public static final LogConfig DEFAULT = new LogConfig(JSON_FILE, Map.of());

    /** The options dockerd's json-file driver accepts. */
    private static final Set<String> JSON_FILE_OPTIONS = Set.of("max-size", "max-file", "compress", "labels",
            "labels-regex", "env", "env-regex", "tag");

    public LogConfig {
        type = type == null || type.isEmpty() ? JSON_FILE : type;
        options = options == null ? Map.of() : Map.copyOf(new TreeMap<>(options));
    }

    /** True for the driver Berth has built in; any other name is a plugin's. */
    public boolean builtIn() {
        return type.equals(JSON_FILE);
    }

    /** Refuses, as dockerd does, an option the built-in driver does not know and rotation values it cannot use. */
    public LogConfig validated() {
        if (builtIn()) {
            options.keySet().stream().filter(key -> !JSON_FILE_OPTIONS.contains(key)).sorted().findFirst()
                    .ifPresent(key -> {
                        throw new InvalidParameter("unknown log opt '" + key + "' for " + JSON_FILE + " log driver");
                    });
            rotation();
        }
        return this;
    }

    /**
     * How Berth's own log is rotated: as {@code max-size}/{@code max-file} say for json-file (never without a
     * {@code max-size}), as dockerd's dual-logging cache for a plugin.
     */
    public Optional<LogRotation> rotation() {
        return builtIn() ? LogRotation.of(options) : Optional.of(LogRotation.PLUGIN_CACHE);
    }
}
