package dev.berth.adapters.rest.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.adapters.rest.error.ErrorJson;
import dev.berth.adapters.rest.error.ErrorMappers;
import dev.berth.adapters.rest.version.VersionedPath;
import dev.berth.application.exec.ContainerExec;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.runtime.LogStream;
import io.netty.channel.ChannelOption;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.Http1xServerConnection;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code POST /exec/{id}/start}: with {@code Detach} the process starts and the answer is an empty 200; else the
 * connection is taken over as for attach ({@code 101 UPGRADED}, or the stream as the body of a 200 for a client
 * that did not ask to upgrade), the exec's output is sent on it (framed unless {@code Tty}) and the client's input
 * goes to the process. As dockerd, a process that cannot start is told on the stream, its exit code recorded.
 */
@ApplicationScoped
public class ExecStartRoute {

    private static final Logger LOG = Logger.getLogger(ExecStartRoute.class);
    private static final String PATH = "(?:/v[0-9]+\\.[0-9]+)?/exec/([^/]+)/start";

    private final ContainerExec execs;

    @Inject
    public ExecStartRoute(ContainerExec execs) {
        this.execs = execs;
    }

    /** The body of the start request ({@code ConsoleSize} is the exec's resize business). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StartJson(@JsonProperty("Detach") boolean detach, @JsonProperty("Tty") boolean tty) {
    }

    void register(@Observes Router router) {
        router.routeWithRegex(HttpMethod.POST, PATH).order(-100).handler(this::start);
    }

    private void start(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String id = ctx.pathParam("param0");
        // The authorization route may have read the body already (for its plugins).
        Buffer read = ctx.body().buffer();
        Future<Buffer> requestBody = read != null ? Future.succeededFuture(read) : request.body();
        requestBody.onSuccess(body -> {
            StartJson start;
            try {
                VersionedPath.of(request.path()).effectiveVersion();
                start = body.length() == 0 ? new StartJson(false, false) : Json.decodeValue(body, StartJson.class);
                execs.startable(id);
            } catch (BerthException e) {
                fail(ctx, ErrorMappers.status(e.kind()), e.getMessage());
                return;
            } catch (DecodeException e) {
                fail(ctx, 400, "invalid JSON: " + e.getMessage());
                return;
            }
            if (start.detach()) {
                Thread.ofVirtual().name("exec-start").start(() -> detached(ctx, id));
            } else {
                hijack(ctx, id, !start.tty());
            }
        }).onFailure(ctx::fail);
        if (read == null) {
            request.resume(); // handed over paused: the body must be asked for
        }
    }

    private void detached(RoutingContext ctx, String id) {
        try {
            execs.startDetached(id);
            ctx.response().setStatusCode(200).end();
        } catch (BerthException e) {
            fail(ctx, ErrorMappers.status(e.kind()), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("exec " + id + " failed to start", e);
            fail(ctx, 500, "exec " + id + " failed to start");
        }
    }

    private void hijack(RoutingContext ctx, String id, boolean multiplexed) {
        HttpServerRequest request = ctx.request();
        boolean upgrade = "tcp".equalsIgnoreCase(request.getHeader("Upgrade"));
        Http1xServerConnection connection = (Http1xServerConnection) request.connection();
        // Clients shut down their writing side when their stdin ends and still read the output.
        connection.channel().config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
        connection.netSocket().onSuccess(socket -> {
            HijackedStream.writeHead(socket, upgrade, multiplexed);
            HijackedStream stream = new HijackedStream(socket, true);
            HalfClose.onInputShutdown(connection.channel(), stream.input()::end);
            Thread.ofVirtual().name("exec-" + id.substring(0, Math.min(12, id.length())))
                    .start(() -> run(id, stream, multiplexed));
        }).onFailure(e -> {
            LOG.error("could not take over the exec start connection", e);
            ctx.fail(e);
        });
    }

    private void run(String id, HijackedStream stream, boolean multiplexed) {
        try {
            execs.start(id, Optional.of(stream.input()),
                    entry -> stream.write(StreamFrames.encode(entry, multiplexed, false)));
        } catch (BerthException e) {
            // The client is already reading the stream: the reason goes there, as dockerd writes it.
            byte[] message = (e.getMessage() + "\r\n").getBytes(StandardCharsets.UTF_8);
            stream.write(StreamFrames.encode(new LogEntry(LogStream.STDOUT, Instant.now(), message), multiplexed,
                    false));
        } catch (RuntimeException e) {
            LOG.error("exec " + id + " failed", e);
        } finally {
            stream.close();
        }
    }

    private static void fail(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(Json.encode(new ErrorJson(message)));
    }
}
