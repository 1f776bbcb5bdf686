package dev.berth.adapters.plugins;

import dev.berth.application.authz.AuthorizerLookup;
import dev.berth.domain.authz.Authorizer;
import dev.berth.domain.error.NotFound;
import dev.berth.plugins.sdk.authz.AuthzWire;

/**
 * Authorization plugins by name, as the authorization chain sees them. A plugin that is not activated yet is
 * activated on this call (dockerd's lazy {@code initPlugin}), so one that comes up late serves later requests.
 */
public final class PluginAuthorizers implements AuthorizerLookup {

    private final PluginRegistry registry;

    public PluginAuthorizers(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Authorizer authorizer(String name) {
        return registry.get(name, AuthzWire.PROTOCOL).map(PluginAuthorizer::new)
                .orElseThrow(() -> new NotFound("plugin \"" + name + "\" not found"));
    }
}
