package dev.berth.adapters.rest.registry;

import dev.berth.application.image.RegistryLogin;
import dev.berth.domain.error.Unauthorized;
import dev.berth.domain.registry.RegistryCredentials;
import jakarta.enterprise.context.ApplicationScoped;

/** Accepts only {@code cliuser}/{@code clipass}, as the acceptance scenario's registry does. */
@ApplicationScoped
public class StubRegistryLogin implements RegistryLogin {

    @Override
    public void login(String serverAddress, RegistryCredentials credentials) {
        if (!credentials.username().equals("cliuser") || !credentials.password().equals("clipass")) {
            throw new Unauthorized("login attempt to http://" + serverAddress
                    + "/v2/ failed with status: 401 Unauthorized");
        }
    }
}
