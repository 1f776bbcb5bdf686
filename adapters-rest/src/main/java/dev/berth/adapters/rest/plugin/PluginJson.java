package dev.berth.adapters.rest.plugin;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.plugin.PluginInfo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plugin as {@code GET /plugins} shows it (the Engine API's Plugin object). A v1 plugin has no image nor
 * settings: its ID is derived from its name and its interface types say what it implements
 * ({@code docker.volumedriver/1.0}).
 */
public record PluginJson(@JsonProperty("Id") String id, @JsonProperty("Name") String name,
                         @JsonProperty("Enabled") boolean enabled, @JsonProperty("Settings") SettingsJson settings,
                         @JsonProperty("PluginReference") String reference, @JsonProperty("Config") ConfigJson config) {

    public record SettingsJson(@JsonProperty("Mounts") List<Object> mounts, @JsonProperty("Env") List<String> env,
                               @JsonProperty("Args") List<String> args, @JsonProperty("Devices") List<Object> devices) {
    }

    public record InterfaceJson(@JsonProperty("Types") List<String> types, @JsonProperty("Socket") String socket,
                                @JsonProperty("ProtocolScheme") String protocolScheme) {
    }

    public record ConfigJson(@JsonProperty("Description") String description,
                             @JsonProperty("Documentation") String documentation,
                             @JsonProperty("Interface") InterfaceJson pluginInterface,
                             @JsonProperty("Entrypoint") List<String> entrypoint,
                             @JsonProperty("WorkDir") String workDir,
                             @JsonProperty("Network") Map<String, String> network,
                             @JsonProperty("Mounts") List<Object> mounts, @JsonProperty("Env") List<Object> env,
                             @JsonProperty("Args") Map<String, Object> args) {
    }

    public static PluginJson from(PluginInfo plugin) {
        var pluginInterface = new InterfaceJson(plugin.implemented().stream().map(PluginJson::type).toList(),
                plugin.address(), "moby.plugins.http/v1");
        var config = new ConfigJson("v1 plugin at " + plugin.address(), "", pluginInterface, List.of(), "",
                Map.of("Type", "host"), List.of(), List.of(),
                Map.of("Name", "", "Description", "", "Settable", List.of(), "Value", List.of()));
        return new PluginJson(id(plugin.name()), plugin.name(), true,
                new SettingsJson(List.of(), List.of(), List.of(), List.of()), "", config);
    }

    /** {@code VolumeDriver} is {@code docker.volumedriver/1.0}, as Docker names plugin capabilities. */
    static String type(String protocol) {
        return "docker." + capability(protocol) + "/1.0";
    }

    /** The {@code capability} filter's word for a protocol ({@code volumedriver}). */
    static String capability(String protocol) {
        return protocol.toLowerCase(Locale.ROOT);
    }

    private static String id(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("v1-plugin:" + name).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
