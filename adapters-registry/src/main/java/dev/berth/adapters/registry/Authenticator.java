package dev.berth.adapters.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.Forbidden;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.registry.RegistryCredentials;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Answers a registry's challenge with the client's credentials: Basic sends them; Bearer trades them (or nothing,
 * for an anonymous pull) at the challenge's realm for a token scoped to the repository, as the Docker token
 * protocol specifies. A registry token is used as is; an identity token is exchanged as an OAuth refresh token.
 * Refusals are Forbidden with the registry's reason; secrets never enter a message.
 */
final class Authenticator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;

    Authenticator(HttpClient http) {
        this.http = http;
    }

    /** The {@code Authorization} value to retry with; {@code describe} names the refused request. */
    String authorize(Challenge challenge, String scope, RegistryCredentials credentials, String describe) {
        return switch (challenge.scheme()) {
            case "basic" -> {
                if (!credentials.hasPassword()) {
                    throw new Forbidden(describe + ": no basic auth credentials");
                }
                yield basic(credentials);
            }
            case "bearer" -> "Bearer " + (credentials.registryToken().isEmpty()
                    ? token(challenge, scope, credentials) : credentials.registryToken());
            default -> throw new Forbidden(describe + ": unsupported authentication scheme " + challenge.scheme());
        };
    }

    static String basic(RegistryCredentials credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
    }

    private String token(Challenge challenge, String scope, RegistryCredentials credentials) {
        String realm = challenge.parameter("realm");
        if (realm.isEmpty()) {
            throw new Forbidden("the registry's bearer challenge names no realm");
        }
        String service = challenge.parameter("service");
        HttpRequest request;
        if (!credentials.identityToken().isEmpty()) {
            String form = "grant_type=refresh_token&client_id=berth&refresh_token="
                    + encode(credentials.identityToken()) + "&service=" + encode(service)
                    + (scope.isEmpty() ? "" : "&scope=" + encode(scope));
            request = HttpRequest.newBuilder(URI.create(realm)).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        } else {
            String query = (realm.contains("?") ? "&" : "?") + "service=" + encode(service)
                    + (scope.isEmpty() ? "" : "&scope=" + encode(scope))
                    + (credentials.username().isEmpty() ? "" : "&account=" + encode(credentials.username()));
            var builder = HttpRequest.newBuilder(URI.create(realm + query)).timeout(TIMEOUT).GET();
            if (credentials.hasPassword()) {
                builder.header("Authorization", basic(credentials));
            }
            request = builder.build();
        }
        String describe = request.method().charAt(0) + request.method().substring(1).toLowerCase()
                + " \"" + realm + "\"";
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new Forbidden(describe + ": " + RegistryErrors.message(response));
            }
            try (InputStream in = response.body()) {
                JsonNode answer = JSON.readTree(in);
                String token = answer.path("token").asText(answer.path("access_token").asText(""));
                if (token.isEmpty()) {
                    throw new Forbidden(describe + ": the token server answered no token");
                }
                return token;
            }
        } catch (IOException e) {
            throw new SystemFault(describe + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault(describe + ": interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
