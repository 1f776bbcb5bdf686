package dev.berth.application.plugin;

import java.util.List;

/** An active v1 plugin: its name, where it listens and the protocols it implements ({@code VolumeDriver}). */
public record PluginInfo(String name, String address, List<String> implemented) {

    public PluginInfo {
        implemented = List.copyOf(implemented);
    }
}
