package dev.berth.adapters.rest.authz;

import dev.berth.application.authz.AuthorizationChain;
import dev.berth.domain.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** For API tests: an authorization chain with no plugins configured, so every request passes. */
@ApplicationScoped
public class AuthorizationStubs {

    @Produces
    @Singleton
    AuthorizationChain authorization() {
        return new AuthorizationChain(name -> {
            throw new NotFound("plugin \"" + name + "\" not found");
        });
    }
}
