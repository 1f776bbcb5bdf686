package dev.berth.application.system;

import dev.berth.domain.error.InvalidParameter;

import java.util.List;

/** The settings a daemon reload (SIGHUP) changes live, as dockerd's: the rest needs a restart. */
public record ReloadableSettings(boolean debug, List<String> insecureRegistries, int maxConcurrentDownloads,
                                 List<String> authorizationPlugins) {

    /** InvalidParameter for a download limit below one, before any part applies anything. */
    public ReloadableSettings {
        insecureRegistries = List.copyOf(insecureRegistries);
        authorizationPlugins = List.copyOf(authorizationPlugins);
        if (maxConcurrentDownloads < 1) {
            throw new InvalidParameter("max-concurrent-downloads must be at least 1, not " + maxConcurrentDownloads);
        }
    }
}
