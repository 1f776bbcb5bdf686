package dev.berth.application.plugin;

import java.util.List;

/** The plugins in use, for {@code GET /plugins} and {@code docker info}. */
public interface PluginCatalog {

    /** The plugins activated so far, by name. */
    List<PluginInfo> activePlugins();
}
