package dev.berth.adapters.registry;

import dev.berth.adapters.registry.DistributionCalls.Ping;
import dev.berth.domain.error.Forbidden;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.Unauthorized;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.registry.Registry;
import dev.berth.domain.registry.RegistryCredentials;
import dev.berth.domain.registry.RemoteRepository;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The Registry port over the Distribution API with the JDK's HTTP client. */
public final class HttpRegistry implements Registry {

    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(500);

    private final RegistryEndpoints endpoints;
    private final Duration firstRetryDelay;

    /**
     * {@code insecure}: registries ({@code host:port}, host, or CIDR) reached over plain HTTP besides loopback;
     * {@code certsDir}: per-registry CA directories ({@code certs.d/<host:port>/ca.crt}), may be null.
     */
    public HttpRegistry(List<String> insecure, Path certsDir) {
        this(insecure, certsDir, FIRST_RETRY_DELAY);
    }

    HttpRegistry(List<String> insecure, Path certsDir, Duration firstRetryDelay) {
        this.endpoints = new RegistryEndpoints(insecure, certsDir);
        this.firstRetryDelay = firstRetryDelay;
    }

    /** Reaches {@code registries} over plain HTTP from now on, instead of the ones given before (a reload). */
    public void trustInsecure(List<String> registries) {
        endpoints.trustInsecure(registries);
    }

    @Override
    public RemoteRepository repository(ImageReference name, RegistryCredentials credentials, boolean push) {
        String scope = "repository:" + name.path() + (push ? ":pull,push" : ":pull");
        return new HttpRemoteRepository(caller(name.domain(), scope, credentials), name.path());
    }

    @Override
    public void login(String serverAddress, RegistryCredentials credentials) {
        String domain = domain(serverAddress);
        RegistryCaller caller = caller(domain, "", credentials);
        URI ping = DistributionCalls.route(caller.base(), "/v2/");
        int status;
        try {
            status = caller.call(new Ping());
        } catch (Forbidden refused) {
            throw new Unauthorized(refused.getMessage());
        }
        if (status == 401 || status == 403) {
            throw new Unauthorized("login attempt to " + ping + " failed with status: "
                    + RegistryErrors.statusText(status));
        }
        if (status != 200) {
            throw new InvalidParameter("login attempt to " + ping + " failed with status: " + status);
        }
    }

    private RegistryCaller caller(String domain, String scope, RegistryCredentials credentials) {
        return new RegistryCaller(endpoints.client(domain), endpoints.base(domain), scope, credentials,
                firstRetryDelay);
    }

    /**
     * The registry a login address names: {@code 127.0.0.1:5000}, {@code https://r.example/v2/}; Docker Hub's
     * legacy {@code https://index.docker.io/v1/} is {@code docker.io}.
     */
    static String domain(String serverAddress) {
        if (serverAddress == null || serverAddress.isBlank()) {
            return RegistryEndpoints.DOCKER_HUB;
        }
        String address = serverAddress.strip();
        int scheme = address.indexOf("://");
        if (scheme >= 0) {
            address = address.substring(scheme + 3);
        }
        int slash = address.indexOf('/');
        if (slash >= 0) {
            address = address.substring(0, slash);
        }
        address = address.toLowerCase(Locale.ROOT);
        return address.equals("index.docker.io") || address.equals("registry-1.docker.io") ? RegistryEndpoints.DOCKER_HUB
                : address;
    }
}
