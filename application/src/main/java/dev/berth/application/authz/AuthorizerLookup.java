package dev.berth.application.authz;

import dev.berth.domain.authz.Authorizer;

/** Authorizers by the name the daemon is configured with: Docker's authorization plugins, activated on first use. */
public interface AuthorizerLookup {

    /** The authorizer {@code name}; a BerthException saying why when there is none or it does not come up. */
    Authorizer authorizer(String name);
}
