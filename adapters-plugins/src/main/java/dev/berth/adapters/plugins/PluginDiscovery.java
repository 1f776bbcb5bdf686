package dev.berth.adapters.plugins;

import dev.berth.domain.error.SystemFault;
import dev.berth.plugins.sdk.protocol.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds v1 plugins as dockerd does: a socket {@code <dir>/<name>.sock} (or {@code <dir>/<name>/<name>.sock}) in the
 * socket directories, else a spec file {@code <name>.spec} (the address as text) or {@code <name>.json}
 * ({@code {"Name": ..., "Addr": ...}}) in the spec directories. The first directory wins.
 */
public final class PluginDiscovery {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    private final List<Path> socketDirs;
    private final List<Path> specDirs;

    public PluginDiscovery(List<Path> socketDirs, List<Path> specDirs) {
        this.socketDirs = List.copyOf(socketDirs);
        this.specDirs = List.copyOf(specDirs);
    }

    /** dockerd's directories, plus {@code <exec-root>/plugins} for the sockets of Berth's own plugins. */
    public static PluginDiscovery standard(Path execRoot) {
        return new PluginDiscovery(List.of(Path.of("/run/docker/plugins"), execRoot.resolve("plugins")),
                List.of(Path.of("/etc/docker/plugins"), Path.of("/usr/lib/docker/plugins")));
    }

    public Optional<PluginSpec> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        for (Path dir : socketDirs) {
            for (Path socket : List.of(dir.resolve(name + ".sock"), dir.resolve(name).resolve(name + ".sock"))) {
                if (Files.exists(socket)) {
                    return Optional.of(PluginSpec.socket(name, socket));
                }
            }
        }
        for (Path dir : specDirs) {
            for (Path base : List.of(dir, dir.resolve(name))) {
                Optional<PluginSpec> spec = readSpec(name, base.resolve(name + ".spec"))
                        .or(() -> readSpec(name, base.resolve(name + ".json")));
                if (spec.isPresent()) {
                    return spec;
                }
            }
        }
        return Optional.empty();
    }

    /** Every plugin the directories hold, each once, by name. */
    public List<PluginSpec> all() {
        Map<String, PluginSpec> byName = new LinkedHashMap<>();
        List<Path> dirs = new ArrayList<>(socketDirs);
        dirs.addAll(specDirs);
        for (Path dir : dirs) {
            for (String name : candidateNames(dir)) {
                if (!byName.containsKey(name)) {
                    find(name).ifPresent(spec -> byName.put(name, spec));
                }
            }
        }
        return List.copyOf(byName.values());
    }

    private static List<String> candidateNames(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString())
                    .map(f -> f.replaceFirst("\\.(sock|spec|json)$", ""))
                    .distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<PluginSpec> readSpec(String name, Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!file.getFileName().toString().endsWith(".json")) {
                return Optional.of(new PluginSpec(name, content));
            }
            Map<String, Object> json = Json.parseObject(content);
            String address = Json.text(json.get("Addr"));
            if (json.get("TLSConfig") instanceof Map<?, ?> tls && !tls.isEmpty()) {
                address = address.replaceFirst("^(tcp|http)://", "https://");
            }
            return Optional.of(new PluginSpec(name, address));
        } catch (IOException | IllegalArgumentException e) {
            throw new SystemFault("plugin spec " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
