package dev.berth.adapters.rest.stream;

import dev.berth.adapters.rest.container.WaitResponseJson;
import dev.berth.adapters.rest.error.ErrorJson;
import dev.berth.adapters.rest.error.ErrorMappers;
import dev.berth.adapters.rest.version.VersionedPath;
import dev.berth.application.container.ContainerLifecycle;
import dev.berth.application.container.WaitCondition;
import dev.berth.domain.error.BerthException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /containers/{id}/wait}: the status line and headers go at once, the body when the condition is met.
 * Clients read the headers before they start the container they wait for, and RESTEasy holds a single-object
 * answer until it is complete, so this answer is written on the Vert.x response directly.
 */
@ApplicationScoped
public class WaitRoute {

    private static final String PATH = "(?:/v[0-9]+\\.[0-9]+)?/containers/([^/]+)/wait";

    private final ContainerLifecycle lifecycle;

    @Inject
    public WaitRoute(ContainerLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    void register(@Observes Router router) {
        router.routeWithRegex(HttpMethod.POST, PATH).order(-100).handler(this::waitFor);
    }

    private void waitFor(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        CompletableFuture<Integer> exit;
        try {
            VersionedPath.of(ctx.request().path()).effectiveVersion();
            exit = lifecycle.waitFor(ctx.pathParam("param0"), WaitCondition.parse(ctx.request().getParam("condition")))
                    .toCompletableFuture();
        } catch (BerthException e) {
            response.setStatusCode(ErrorMappers.status(e.kind()))
                    .putHeader("Content-Type", "application/json")
                    .end(Json.encode(new ErrorJson(e.getMessage())));
            return;
        }
        response.setChunked(true).putHeader("Content-Type", "application/json").write(Buffer.buffer());
        exit.whenComplete((code, failure) -> response.end(Json.encode(new WaitResponseJson(
                failure == null ? code : -1, failure == null ? null : new ErrorJson(failure.getMessage())))));
    }
}
