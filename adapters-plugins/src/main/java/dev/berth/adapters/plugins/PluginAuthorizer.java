package dev.berth.adapters.plugins;

import dev.berth.domain.authz.AuthorizationDecision;
import dev.berth.domain.authz.AuthorizationRequest;
import dev.berth.domain.authz.AuthorizationResponse;
import dev.berth.domain.authz.Authorizer;
import dev.berth.plugins.sdk.authz.AuthzWire;

/** An authorization plugin behind the Authorizer port: {@code /AuthZPlugin.AuthZReq} and {@code AuthZRes}. */
final class PluginAuthorizer implements Authorizer {

    private final ActivePlugin plugin;

    PluginAuthorizer(ActivePlugin plugin) {
        this.plugin = plugin;
    }

    @Override
    public String name() {
        return plugin.name();
    }

    @Override
    public AuthorizationDecision authorizeRequest(AuthorizationRequest request) {
        return AuthzWire.decision(plugin.client().call(AuthzWire.REQUEST, AuthzWire.request(request)));
    }

    @Override
    public AuthorizationDecision authorizeResponse(AuthorizationRequest request, AuthorizationResponse response) {
        return AuthzWire.decision(plugin.client().call(AuthzWire.RESPONSE, AuthzWire.response(request, response)));
    }
}
