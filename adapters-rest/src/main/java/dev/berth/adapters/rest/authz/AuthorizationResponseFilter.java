package dev.berth.adapters.rest.authz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.application.authz.AuthorizationChain;
import dev.berth.domain.authz.AuthorizationResponse;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * The plugins' second question ({@code AuthZRes}): RESTEasy's answer, before it is written, with its status,
 * headers and JSON body (the entity as it will be serialised). A refusal replaces the answer with the 403 (or the
 * 500 of a failing plugin). Streamed answers (logs, events, progress, tars) go out as they are made, so, as the
 * plugin documentation says of chunked answers, only their request is authorized; so are the hijacked routes'.
 */
public class AuthorizationResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuthorizationResponseFilter.class);
    private static final List<Class<?>> STREAMS = List.of(Flow.Publisher.class, StreamingOutput.class,
            InputStream.class, File.class, Path.class);

    private final ObjectMapper json;

    @Inject
    public AuthorizationResponseFilter(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public Uni<Void> release(RoutingContext ctx, ResourceInfo resource, ContainerResponseContext response) {
        if (!(ctx.get(AuthorizationRoute.ADMISSION) instanceof AuthorizationChain.Admission admission)
                || streamed(resource, response.getEntity())) {
            return Uni.createFrom().voidItem();
        }
        AuthorizationResponse answer = answer(ctx.request().uri(), response);
        return Uni.createFrom().<Void>item(() -> {
            admission.release(answer);
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).onFailure().recoverWithItem(failure -> {
            refuse(ctx.request().uri(), response, failure);
            return null;
        });
    }

    private static boolean streamed(ResourceInfo resource, Object entity) {
        Class<?> returned = resource.getResourceMethod() == null ? Object.class
                : resource.getResourceMethod().getReturnType();
        return STREAMS.stream().anyMatch(s -> s.isAssignableFrom(returned) || s.isInstance(entity));
    }

    private AuthorizationResponse answer(String uri, ContainerResponseContext response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(ApiRequests.canonical(name), values.getLast());
            }
        });
        MediaType type = response.getMediaType();
        if (type != null) {
            headers.put("Content-Type", type.toString());
        }
        byte[] body = new byte[0];
        Object entity = response.getEntity();
        if (entity != null && type != null && ApiRequests.carriesJson(uri, type.getType() + "/" + type.getSubtype())) {
            body = serialized(entity);
        }
        return new AuthorizationResponse(response.getStatus(), headers, body);
    }

    private byte[] serialized(Object entity) {
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            LOG.warn("the answer cannot be shown to the authorization plugins as JSON", e);
            return new byte[0];
        }
    }

    private static void refuse(String uri, ContainerResponseContext response, Throwable failure) {
        Refusal refusal = Refusal.of("the answer to " + uri, failure);
        response.getHeaders().clear();
        response.setStatus(refusal.status());
        response.setEntity(refusal.body(), null, MediaType.APPLICATION_JSON_TYPE);
    }
}
