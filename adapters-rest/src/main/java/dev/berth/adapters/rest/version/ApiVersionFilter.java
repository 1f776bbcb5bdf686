package dev.berth.adapters.rest.version;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Serves every route under both {@code /vX.Y/...} and the bare path: strips the version before matching and keeps
 * it as a request property for resources whose answer depends on it.
 */
public class ApiVersionFilter {

    public static final String PROPERTY = "berth.api-version";

    @ServerRequestFilter(preMatching = true)
    public void stripVersion(ContainerRequestContext request) {
        VersionedPath versioned = VersionedPath.of(request.getUriInfo().getRequestUri().getRawPath());
        request.setProperty(PROPERTY, versioned.effectiveVersion());
        if (versioned.version().isPresent()) {
            request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replacePath(versioned.path()).build());
        }
    }
}
