package dev.berth.adapters.rest.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.registry.RegistryCredentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code X-Registry-Auth} header: base64url of the JSON {@link AuthConfigJson}. Absent or empty means anonymous;
 * an {@code auth} field ({@code base64(user:password)}) stands for username and password when they are not given.
 */
public final class RegistryAuthHeader {

    public static final String NAME = "X-Registry-Auth";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryAuthHeader() {
    }

    public static RegistryCredentials decode(String header) {
        if (header == null || header.isBlank()) {
            return RegistryCredentials.ANONYMOUS;
        }
        try {
            byte[] raw = decodeBase64(header.strip());
            return AuthConfigJson.credentials(JSON.readValue(raw, AuthConfigJson.class));
        } catch (IllegalArgumentException | IOException e) {
            throw new InvalidParameter("invalid " + NAME + " header: not base64url-encoded JSON");
        }
    }

    private static byte[] decodeBase64(String text) {
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return Base64.getDecoder().decode(text); // some clients send the standard alphabet
        }
    }

    /** {@code auth} as dockerd reads it: base64 of {@code user:password}. */
    static String[] splitAuth(String auth) {
        String decoded = new String(Base64.getDecoder().decode(auth.strip()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new InvalidParameter("invalid auth configuration: the auth field is not user:password");
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
