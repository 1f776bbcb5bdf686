package dev.berth.plugins.sdk;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a driver gets when it is created: the directory it owns (e.g. {@code <data-root>/overlayfs}) and its options
 * from the configuration, which the driver parses into its own record, rejecting unknown keys.
 */
public record DriverContext(Path root, Map<String, String> options) {

    public DriverContext {
        Objects.requireNonNull(root, "root");
        options = Map.copyOf(options);
    }
}
