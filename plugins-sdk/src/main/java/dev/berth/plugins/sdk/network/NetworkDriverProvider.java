package dev.berth.plugins.sdk.network;

import dev.berth.domain.network.NetworkDriver;
import dev.berth.plugins.sdk.DriverContext;

/** A network driver found through {@link java.util.ServiceLoader}; clients pick it by name ({@code -d bridge}). */
public interface NetworkDriverProvider {

    /** The name clients use, unique among network drivers ({@code bridge}). */
    String name();

    /** The context's root is the driver's own directory ({@code <data-root>/network/<name>}). */
    NetworkDriver create(DriverContext context);
}
