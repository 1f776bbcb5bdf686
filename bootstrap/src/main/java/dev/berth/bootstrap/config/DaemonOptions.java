package dev.berth.bootstrap.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code berthd}'s dockerd-like flags and config file, resolved into configuration properties before Quarkus
 * starts. Precedence: flags, then environment variables, then the config file, then defaults.
 */
public final class DaemonOptions {

    public static final String DEFAULT_SOCKET = "unix:///run/berth/berth.sock";
    /** The authorization plugins' names, comma-separated, in order. */
    public static final String AUTHORIZATION_PLUGINS = "berth.authorization.plugins";
    static final Path DEFAULT_CONFIG_FILE = Path.of("/etc/berth/berth.json");

    /** Flag (and config-file key) to configuration property. */
    private static final Map<String, String> VALUE_FLAGS = Map.of(
            "data-root", "berth.data-root",
            "exec-root", "berth.exec-root",
            "storage-driver", "berth.storage.driver",
            "runtime", "berth.runtime.name",
            "max-concurrent-downloads", "berth.registry.max-concurrent-downloads",
            "bridge", "berth.network.bridge",
            "bip", "berth.network.bip");

    /** dockerd's TLS flags (and config-file keys) naming files, with the file each defaults to. */
    private static final Map<String, String> TLS_FILE_FLAGS = Map.of(
            "tlscacert", "ca.pem",
            "tlscert", "cert.pem",
            "tlskey", "key.pem");

    private final Map<String, String> flagValues = new LinkedHashMap<>();
    private final Map<String, String> tlsFiles = new LinkedHashMap<>();
    private final List<String> hosts = new ArrayList<>();
    private final List<String> insecureRegistries = new ArrayList<>();
    private final List<String> authorizationPlugins = new ArrayList<>();
    private boolean debug;
    private Boolean tls;
    private Boolean tlsVerify;
    private Path configFile;
    private boolean help;

    private DaemonOptions() {
    }

    /**
     * Parses {@code -H/--host}, {@code --data-root}, {@code --exec-root}, {@code -s/--storage-driver},
     * {@code --config-file}, {@code -D/--debug}, dockerd's TLS flags ({@code --tls}, {@code --tlsverify},
     * {@code --tlscacert}, {@code --tlscert}, {@code --tlskey}), {@code --insecure-registry},
     * {@code --authorization-plugin} and {@code --max-concurrent-downloads}, {@code -b/--bridge} and {@code --bip}.
     */
    public static DaemonOptions parse(String... args) {
        DaemonOptions options = new DaemonOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "-D", "--debug" -> options.debug = true;
                case "-h", "--help" -> options.help = true;
                case "-H", "--host" -> options.hosts.add(value != null ? value : next(args, ++i, name));
                case "--config-file" -> options.configFile = Path.of(value != null ? value : next(args, ++i, name));
                case "-s" -> options.flagValues.put("storage-driver", next(args, ++i, name));
                case "-b" -> options.flagValues.put("bridge", next(args, ++i, name));
                case "--tls" -> options.tls = booleanValue(name, value);
                case "--tlsverify" -> options.tlsVerify = booleanValue(name, value);
                case "--insecure-registry" ->
                        options.insecureRegistries.add(value != null ? value : next(args, ++i, name));
                case "--authorization-plugin" ->
                        options.authorizationPlugins.add(value != null ? value : next(args, ++i, name));
                default -> {
                    String key = name.startsWith("--") ? name.substring(2) : "";
                    Map<String, String> target = TLS_FILE_FLAGS.containsKey(key) ? options.tlsFiles
                            : VALUE_FLAGS.containsKey(key) ? options.flagValues : null;
                    if (target == null) {
                        throw new OptionsException("unknown flag: " + arg);
                    }
                    target.put(key, value != null ? value : next(args, ++i, name));
                }
            }
        }
        return options;
    }

    public boolean help() {
        return help;
    }

    /**
     * The configuration properties to set: Berth's own plus the Quarkus HTTP listeners for the hosts.
     * {@code env} is the process environment (a variable beats the config file).
     */
    public Map<String, String> properties(Map<String, String> env) {
        Map<String, String> properties = new LinkedHashMap<>();
        JsonNode file = readConfigFile();
        for (var flag : VALUE_FLAGS.entrySet()) {
            String envName = flag.getValue().toUpperCase().replace('.', '_').replace('-', '_');
            String value = flagValues.get(flag.getKey());
            if (value == null && !env.containsKey(envName) && file.hasNonNull(flag.getKey())) {
                value = file.get(flag.getKey()).asText();
            }
            if (value != null) {
                properties.put(flag.getValue(), value);
            }
        }
        if (debug || file.path("debug").asBoolean(false)) {
            properties.put("berth.debug", "true");
            properties.put("quarkus.log.category.\"dev.berth\".level", "DEBUG");
        }
        List<String> listen = new ArrayList<>(hosts);
        if (listen.isEmpty() && env.containsKey("BERTH_HOSTS")) {
            listen.addAll(List.of(env.get("BERTH_HOSTS").split(",")));
        }
        if (listen.isEmpty()) {
            file.path("hosts").forEach(h -> listen.add(h.asText()));
        }
        if (listen.isEmpty()) {
            listen.add(DEFAULT_SOCKET);
        }
        properties.putAll(Listeners.of(listen, tlsSettings(file, env)).properties());
        insecureRegistries(file).ifPresent(list -> properties.put("berth.registry.insecure", list));
        authorizationPlugins(file).ifPresent(list -> properties.put(AUTHORIZATION_PLUGINS, list));
        return properties;
    }

    /**
     * TLS on the TCP listener when {@code --tls} or {@code --tlsverify} (which implies it) is on, from the flags or
     * the config file; the files default to dockerd's ({@code $DOCKER_CERT_PATH} or {@code ~/.docker}).
     */
    private Optional<TlsSettings> tlsSettings(JsonNode file, Map<String, String> env) {
        boolean verify = tlsVerify != null ? tlsVerify : file.path("tlsverify").asBoolean(false);
        boolean enabled = verify || (tls != null ? tls : file.path("tls").asBoolean(false));
        if (!enabled) {
            return Optional.empty();
        }
        Path certDir = env.containsKey("DOCKER_CERT_PATH") ? Path.of(env.get("DOCKER_CERT_PATH"))
                : Path.of(System.getProperty("user.home"), ".docker");
        Map<String, Path> files = new LinkedHashMap<>();
        for (var flag : TLS_FILE_FLAGS.entrySet()) {
            String given = tlsFiles.get(flag.getKey());
            if (given == null && file.hasNonNull(flag.getKey())) {
                given = file.get(flag.getKey()).asText();
            }
            files.put(flag.getKey(), given != null ? Path.of(given) : certDir.resolve(flag.getValue()));
        }
        return Optional.of(TlsSettings.of(verify, files.get("tlscacert"), files.get("tlscert"),
                files.get("tlskey")));
    }

    /** {@code --tls} alone means true; {@code --tls=false} turns it off, as Go's boolean flags do. */
    private static boolean booleanValue(String flag, String value) {
        if (value == null || value.equals("true") || value.equals("1")) {
            return true;
        }
        if (value.equals("false") || value.equals("0")) {
            return false;
        }
        throw new OptionsException("invalid boolean value \"" + value + "\" for flag " + flag);
    }

    /** {@code --authorization-plugin} (repeatable) or the file's {@code authorization-plugins}, as dockerd's. */
    private Optional<String> authorizationPlugins(JsonNode file) {
        List<String> plugins = new ArrayList<>(authorizationPlugins);
        if (plugins.isEmpty()) {
            file.path("authorization-plugins").forEach(p -> plugins.add(p.asText()));
        }
        for (String plugin : plugins) {
            if (plugin.isBlank() || plugin.contains(",")) {
                throw new OptionsException("invalid authorization plugin name \"" + plugin + "\"");
            }
        }
        return plugins.isEmpty() ? Optional.empty() : Optional.of(String.join(",", plugins));
    }

    /** {@code --insecure-registry} (repeatable) or the file's {@code insecure-registries} array, as dockerd's. */
    private Optional<String> insecureRegistries(JsonNode file) {
        List<String> registries = new ArrayList<>(insecureRegistries);
        if (registries.isEmpty()) {
            file.path("insecure-registries").forEach(r -> registries.add(r.asText()));
        }
        return registries.isEmpty() ? Optional.empty() : Optional.of(String.join(",", registries));
    }

    private JsonNode readConfigFile() {
        Path path = configFile != null ? configFile : DEFAULT_CONFIG_FILE;
        if (configFile == null && !Files.exists(path)) {
            return new ObjectMapper().createObjectNode();
        }
        try {
            JsonNode node = new ObjectMapper().readTree(Files.readAllBytes(path));
            if (node == null || !node.isObject()) {
                throw new OptionsException("config file " + path + " must hold a JSON object");
            }
            return node;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new OptionsException("cannot read config file " + path + ": no such file");
        } catch (IOException e) {
            throw new OptionsException("cannot read config file " + path + ": " + e.getMessage());
        }
    }

    private static String next(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new OptionsException("flag needs an argument: " + flag);
        }
        return args[i];
    }

    /** A bad flag or config file: reported in one line, exit status 1. */
    public static final class OptionsException extends RuntimeException {
        public OptionsException(String message) {
            super(message);
        }
    }
}
