package dev.berth.adapters.plugins;

import java.util.List;

/** A plugin that answered {@code /Plugin.Activate}: the protocols it implements and the client to call it. */
public record ActivePlugin(String name, List<String> implemented, PluginClient client) {

    public ActivePlugin {
        implemented = List.copyOf(implemented);
    }

    public boolean implementsProtocol(String protocol) {
        return implemented.contains(protocol);
    }
}
