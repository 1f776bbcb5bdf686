package dev.berth.adapters.rest.image;

import dev.berth.domain.error.BerthException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/**
 * Stands in for the application's error mapper (written elsewhere) so API tests see dockerd's statuses; its low
 * priority lets the real mapper win once both are on the classpath.
 */
public class TestErrorMapper {

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response map(BerthException e) {
        int status = switch (e.kind()) {
            case INVALID_PARAMETER -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case NOT_MODIFIED -> 304;
            case UNAVAILABLE -> 503;
            case NOT_IMPLEMENTED -> 501;
            case SYSTEM -> 500;
        };
        return Response.status(status).entity(Map.of("message", e.getMessage()))
                .type("application/json").build();
    }
}
