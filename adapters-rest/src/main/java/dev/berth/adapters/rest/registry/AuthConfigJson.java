package dev.berth.adapters.rest.registry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.domain.registry.RegistryCredentials;

/** The Engine API's AuthConfig: the {@code POST /auth} body and the {@code X-Registry-Auth} JSON. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthConfigJson(@JsonProperty("username") String username,
                             @JsonProperty("password") String password,
                             @JsonProperty("auth") String auth,
                             @JsonProperty("email") String email,
                             @JsonProperty("serveraddress") String serverAddress,
                             @JsonProperty("identitytoken") String identityToken,
                             @JsonProperty("registrytoken") String registryToken) {

    /** Never prints the secrets (the record's default would). */
    @Override
    public String toString() {
        return "AuthConfigJson[username=" + username + ", serveraddress=" + serverAddress + ", secrets hidden]";
    }

    static RegistryCredentials credentials(AuthConfigJson config) {
        String user = config.username();
        String password = config.password();
        if ((user == null || user.isEmpty()) && config.auth() != null && !config.auth().isBlank()) {
            String[] pair = RegistryAuthHeader.splitAuth(config.auth());
            user = pair[0];
            password = pair[1];
        }
        return new RegistryCredentials(user, password, config.identityToken(), config.registryToken());
    }
}
