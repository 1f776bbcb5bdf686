package dev.berth.adapters.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.ErrorKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** The one place errors become HTTP answers: a status from the error's kind and a {@code {"message"}} body. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public RestResponse<ErrorJson> berth(BerthException e) {
        if (e.kind() == ErrorKind.SYSTEM) {
            LOG.error(e.getMessage(), e);
        }
        return error(status(e.kind()), e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorJson> malformedJson(JsonProcessingException e) {
        return error(400, "invalid JSON: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorJson> invalid(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .map(ErrorMappers::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return error(400, message);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorJson> noRoute(NotFoundException e) {
        return error(404, "page not found");
    }

    @ServerExceptionMapper
    public RestResponse<ErrorJson> wrongMethod(NotAllowedException e) {
        return error(405, "method not allowed");
    }

    @ServerExceptionMapper
    public RestResponse<ErrorJson> web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException malformed) {
            return malformedJson(malformed); // the JSON reader wraps parse errors
        }
        int code = e.getResponse().getStatus();
        if (code >= 500) {
            LOG.error(e.getMessage(), e);
        }
        return error(code, e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorJson> unexpected(Throwable e) {
        LOG.error("unexpected failure", e);
        return error(500, "internal error: " + e.getClass().getSimpleName());
    }

    /** The status dockerd gives each kind (moby's httpstatus.FromError). */
    public static int status(ErrorKind kind) {
        return switch (kind) {
            case INVALID_PARAMETER -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case NOT_MODIFIED -> 304;
            case NOT_IMPLEMENTED -> 501;
            case UNAVAILABLE -> 503;
            case SYSTEM -> 500;
            case UNAUTHORIZED -> 401;
        };
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return (dot >= 0 ? path.substring(dot + 1) : path) + ": " + violation.getMessage();
    }

    private static RestResponse<ErrorJson> error(int status, String message) {
        return RestResponse.ResponseBuilder.<ErrorJson>create(status)
                .entity(new ErrorJson(message))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
