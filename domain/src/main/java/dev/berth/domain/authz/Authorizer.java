package dev.berth.domain.authz;

/**
 * Decides whether an API request may be served and its answer returned (Docker's authorization plugins hide behind
 * this port). A failure to decide is a BerthException: the request is then refused, never let through.
 */
public interface Authorizer {

    /** The name the daemon was configured with ({@code --authorization-plugin NAME}). */
    String name();

    /** Asked before the daemon handles the request. */
    AuthorizationDecision authorizeRequest(AuthorizationRequest request);

    /** Asked after the daemon handled it, before the answer goes out. */
    AuthorizationDecision authorizeResponse(AuthorizationRequest request, AuthorizationResponse response);
}
