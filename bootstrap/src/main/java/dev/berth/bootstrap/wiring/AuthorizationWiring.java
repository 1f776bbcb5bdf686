package dev.berth.bootstrap.wiring;

import dev.berth.adapters.plugins.PluginAuthorizers;
import dev.berth.application.authz.AuthorizationChain;
import dev.berth.bootstrap.config.BerthConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The authorization plugins ({@code --authorization-plugin}) every API request passes. berthd checked them before
 * Quarkus started (BerthMain); they are activated here, before the first request, so {@code docker info} lists them.
 */
@ApplicationScoped
public class AuthorizationWiring {

    @Produces
    @Singleton
    AuthorizationChain authorizationChain(PluginAuthorizers plugins) {
        return new AuthorizationChain(plugins);
    }

    void configure(@Observes StartupEvent start, AuthorizationChain chain, BerthConfig config) {
        chain.configure(config.authorization().plugins().orElse(List.of()));
    }
}
