package dev.berth.adapters.rest.stream;

import dev.berth.adapters.rest.error.ErrorJson;
import dev.berth.adapters.rest.error.ErrorMappers;
import dev.berth.adapters.rest.version.VersionedPath;
import dev.berth.application.container.AttachPoint;
import dev.berth.application.container.AttachStreams;
import dev.berth.application.container.ContainerInspection;
import dev.berth.application.container.ContainerOutput;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.DetachKeys;
import dev.berth.domain.error.BerthException;
import io.netty.channel.ChannelOption;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.Http1xServerConnection;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;


/**
 * {@code POST /containers/{id}/attach}: the client asks to upgrade the connection, gets {@code 101 UPGRADED}, then
 * the container's output on the same socket (raw for a TTY container, else in 8-byte frames), and with
 * {@code stdin=1} sends its input on it; {@code detachKeys} sets a TTY client's detach sequence. RESTEasy cannot
 * hand over a POST connection, so this is a Vert.x route registered before it (see PLATFORM.md).
 */
@ApplicationScoped
public class AttachRoute {

    private static final Logger LOG = Logger.getLogger(AttachRoute.class);
    private static final String PATH = "(?:/v[0-9]+\\.[0-9]+)?/containers/([^/]+)/attach";

    private final ContainerInspection inspection;
    private final ContainerOutput output;

    @Inject
    public AttachRoute(ContainerInspection inspection, ContainerOutput output) {
        this.inspection = inspection;
        this.output = output;
    }

    void register(@Observes Router router) {
        router.routeWithRegex(HttpMethod.POST, PATH).order(-100).handler(this::attach);
    }

    private void attach(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Container container;
        DetachKeys detachKeys;
        AttachPoint point;
        try {
            VersionedPath.of(request.path()).effectiveVersion();
            // As dockerd, bad keys are refused before the container is looked up and the connection taken over.
            detachKeys = DetachKeys.parse(request.getParam("detachKeys"));
            container = inspection.find(ctx.pathParam("param0"));
            point = output.attachPoint(container.id().value()); // before the client hears the stream is up
        } catch (BerthException e) {
            ctx.response().setStatusCode(ErrorMappers.status(e.kind()))
                    .putHeader("Content-Type", "application/json")
                    .end(Json.encode(new ErrorJson(e.getMessage())));
            return;
        }
        boolean stream = flag(request, "stream");
        boolean stdin = flag(request, "stdin") && stream;
        boolean stdout = flag(request, "stdout");
        boolean stderr = flag(request, "stderr");
        boolean multiplexed = !container.config().tty();
        boolean upgrade = "tcp".equalsIgnoreCase(request.getHeader("Upgrade"));
        Http1xServerConnection connection = (Http1xServerConnection) request.connection();
        // Clients shut down their writing side when they have no (more) stdin and still read the output.
        connection.channel().config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
        connection.netSocket().onSuccess(socket -> {
            HijackedStream.writeHead(socket, upgrade, multiplexed);
            if (!stream) {
                socket.close();
                return;
            }
            HijackedStream hijacked = new HijackedStream(socket, stdin);
            if (stdin) {
                HalfClose.onInputShutdown(connection.channel(), hijacked.input()::end);
            }
            AttachStreams streams = (stdin ? AttachStreams.withStdin(hijacked.input(), stdout, stderr)
                    : AttachStreams.output(stdout, stderr)).withDetachKeys(detachKeys);
            Thread.ofVirtual().name("attach-" + container.id().shortId())
                    .start(() -> pump(point, streams, multiplexed, hijacked));
        }).onFailure(e -> {
            LOG.error("could not take over the attach connection", e);
            ctx.fail(e);
        });
    }

    private void pump(AttachPoint point, AttachStreams streams, boolean multiplexed, HijackedStream stream) {
        try {
            output.attach(point, streams, entry -> stream.write(StreamFrames.encode(entry, multiplexed, false)));
        } catch (RuntimeException e) {
            LOG.error("attach to " + point.id() + " failed", e);
        } finally {
            stream.close();
        }
    }

    private static boolean flag(HttpServerRequest request, String name) {
        String value = request.getParam(name);
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }
}
