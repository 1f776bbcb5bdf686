package dev.berth.adapters.registry;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.error.Unavailable;
import dev.berth.domain.registry.RegistryCredentials;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The one place requests to a registry are sent: it adds the Authorization the last challenge earned, answers a 401
 * once through the {@link Authenticator}, follows a blob's redirect (to a CDN, without the registry's credentials),
 * and retries a connection that fails before any answer (every call can be resent: an upload reopens its content),
 * waiting longer each time.
 */
final class RegistryCaller {

    private static final int ATTEMPTS = 3;
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final URI base;
    private final String scope;
    private final RegistryCredentials credentials;
    private final Authenticator authenticator;
    private final Duration firstRetryDelay;
    private volatile String authorization;

    RegistryCaller(HttpClient http, URI base, String scope, RegistryCredentials credentials, Duration firstRetryDelay) {
        this.http = http;
        this.base = base;
        this.scope = scope;
        this.credentials = credentials;
        this.authenticator = new Authenticator(http);
        this.firstRetryDelay = firstRetryDelay;
    }

    URI base() {
        return base;
    }

    <T> T call(RegistryCall<T> call) {
        HttpRequest request = call.request(base).build();
        String describe = describe(request);
        try {
            HttpResponse<InputStream> response = send(request, authorization);
            if (response.statusCode() == 401) {
                Optional<Challenge> challenge = Challenge.parse(
                        response.headers().firstValue("WWW-Authenticate").orElse(null));
                if (challenge.isPresent()) {
                    response.body().close();
                    authorization = authenticator.authorize(challenge.get(), scope, credentials, describe);
                    response = send(call.request(base).build(), authorization);
                }
            }
            response = followRedirects(response);
            return call.handle(response);
        } catch (IOException e) {
            // an unreachable registry is the client's to fix, not a fault of the daemon
            throw new Unavailable(describe + ": " + reason(e), e);
        }
    }

    /** The JDK leaves some messages empty (a refused connection): name the failure then. */
    private static String reason(IOException e) {
        if (e.getMessage() != null) {
            return e.getMessage();
        }
        return e instanceof ConnectException ? "connect: connection refused" : e.getClass().getSimpleName();
    }

    /** {@code Get "http://127.0.0.1:5000/v2/x/manifests/1"}: how dockerd names a request in its errors. */
    static String describe(HttpRequest request) {
        String method = request.method();
        return method.charAt(0) + method.substring(1).toLowerCase() + " \"" + request.uri() + "\"";
    }

    private HttpResponse<InputStream> followRedirects(HttpResponse<InputStream> response)
            throws IOException {
        for (int hops = 0; hops < MAX_REDIRECTS && isRedirect(response); hops++) {
            Optional<String> location = response.headers().firstValue("Location");
            if (location.isEmpty() || !response.request().method().equals("GET")) {
                return response;
            }
            response.body().close();
            URI target = response.request().uri().resolve(location.get());
            response = send(HttpRequest.newBuilder(target).GET().build(), null);
        }
        return response;
    }

    private static boolean isRedirect(HttpResponse<?> response) {
        int status = response.statusCode();
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private HttpResponse<InputStream> send(HttpRequest request, String auth) throws IOException {
        HttpRequest authorized = auth == null || !request.uri().getAuthority().equals(base.getAuthority()) ? request
                : HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", auth).build();
        Duration delay = firstRetryDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                return http.send(authorized, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                pause(delay);
                delay = delay.multipliedBy(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SystemFault(describe(request) + ": interrupted", e);
            }
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted while waiting to retry a registry request", e);
        }
    }
}
