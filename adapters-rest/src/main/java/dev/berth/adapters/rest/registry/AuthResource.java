package dev.berth.adapters.rest.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.image.RegistryLogin;
import dev.berth.domain.error.InvalidParameter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /auth}: {@code docker login} asks the daemon to check credentials against a registry. */
@Path("/auth")
public class AuthResource {

    private final RegistryLogin login;

    @Inject
    public AuthResource(RegistryLogin login) {
        this.login = login;
    }

    /** The answer: {@code {"Status":"Login Succeeded","IdentityToken":""}}. */
    public record AuthResponseJson(@JsonProperty("Status") String status,
                                   @JsonProperty("IdentityToken") String identityToken) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public AuthResponseJson login(AuthConfigJson config) {
        if (config == null) {
            throw new InvalidParameter("no auth configuration in the request body");
        }
        login.login(config.serverAddress(), AuthConfigJson.credentials(config));
        return new AuthResponseJson("Login Succeeded", "");
    }
}
