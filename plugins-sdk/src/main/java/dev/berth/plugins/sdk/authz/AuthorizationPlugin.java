package dev.berth.plugins.sdk.authz;

import dev.berth.domain.authz.AuthorizationDecision;
import dev.berth.domain.authz.AuthorizationRequest;
import dev.berth.domain.authz.AuthorizationResponse;
import dev.berth.plugins.sdk.protocol.PluginServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A Docker authorization plugin's policy, served with {@link #serve}: dockerd or berthd started with
 * {@code --authorization-plugin NAME} then ask it about every API request, and about its answer. An exception
 * thrown here reaches the daemon as {@code {"Err": message}}, and the daemon denies the request.
 */
public interface AuthorizationPlugin {

    AuthorizationDecision authorizeRequest(AuthorizationRequest request);

    /** Allows every answer unless overridden. */
    default AuthorizationDecision authorizeResponse(AuthorizationRequest request, AuthorizationResponse response) {
        return AuthorizationDecision.allow();
    }

    /** Binds {@code socket} (e.g. {@code /run/docker/plugins/NAME.sock}) and answers the handshake and both calls. */
    static PluginServer serve(Path socket, AuthorizationPlugin plugin) throws IOException {
        return PluginServer.start(socket, List.of(AuthzWire.PROTOCOL), Map.of(
                "/" + AuthzWire.REQUEST, r -> AuthzWire.decision(plugin.authorizeRequest(AuthzWire.request(r))),
                "/" + AuthzWire.RESPONSE, r -> AuthzWire.decision(
                        plugin.authorizeResponse(AuthzWire.request(r), AuthzWire.response(r)))));
    }
}
