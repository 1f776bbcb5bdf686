package dev.berth.domain.registry;

/**
 * What a client gives to reach a registry ({@code X-Registry-Auth}, {@code docker login}): a username and password,
 * an identity (refresh) token, or a registry (bearer) token; any may be empty. Never printed: {@link #toString()}
 * hides the secrets.
 */
public record RegistryCredentials(String username, String password, String identityToken, String registryToken) {

    public static final RegistryCredentials ANONYMOUS = new RegistryCredentials("", "", "", "");

    public RegistryCredentials {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        identityToken = identityToken == null ? "" : identityToken;
        registryToken = registryToken == null ? "" : registryToken;
    }

    public boolean hasPassword() {
        return !username.isEmpty() && !password.isEmpty();
    }

    @Override
    public String toString() {
        return "RegistryCredentials[username=" + username + ", secrets hidden]";
    }
}
