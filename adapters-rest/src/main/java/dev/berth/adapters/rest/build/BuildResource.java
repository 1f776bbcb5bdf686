package dev.berth.adapters.rest.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.adapters.rest.common.QueryFlag;
import dev.berth.application.build.BuildFailed;
import dev.berth.application.build.BuildOutput;
import dev.berth.application.build.BuildRequest;
import dev.berth.application.build.ImageBuild;
import dev.berth.application.build.PreparedBuild;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.ErrorKind;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageReference;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /build}, the classic builder's endpoint: the context and Dockerfile are read before the response
 * starts (bad input gets its status), then the steps stream as JSON lines, each flushed; a failure after that ends
 * the stream with an {@code errorDetail} line.
 */
@Path("/build")
public class BuildResource {

    private static final Logger LOG = Logger.getLogger(BuildResource.class);
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private final ImageBuild builds;
    private final ObjectMapper json;

    @Inject
    public BuildResource(ImageBuild builds, ObjectMapper json) {
        this.builds = builds;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response build(InputStream context, @RestQuery List<String> t, @RestQuery String dockerfile,
                          @RestQuery String buildargs, @RestQuery String labels, @RestQuery String target,
                          @RestQuery String nocache, @RestQuery String pull, @RestQuery String q,
                          @RestQuery String remote, @Context HttpServerRequest http) {
        List<ImageReference> tags = t == null ? List.of() : t.stream().map(ImageReference::parse).toList();
        var request = new BuildRequest(tags, dockerfile, map("buildargs", buildargs), map("labels", labels), target,
                QueryFlag.isSet(nocache), QueryFlag.isSet(pull), QueryFlag.isSet(q), remote);
        PreparedBuild build = builds.prepare(request, context);
        // a client that goes away (Ctrl-C) stops the running step, even one that prints nothing
        http.connection().closeHandler(closed -> build.cancel());
        StreamingOutput body = out -> {
            try (build) {
                build.run(new JsonLines(out));
            } catch (UncheckedIOException e) {
                throw e.getCause(); // the client went away: nothing left to tell it
            } catch (BuildFailed e) {
                write(out, BuildMessageJson.error(e.getMessage(), e.code()));
            } catch (BerthException e) {
                if (e.kind() == ErrorKind.SYSTEM) {
                    LOG.error(e.getMessage(), e);
                }
                write(out, BuildMessageJson.error(e.getMessage(), 0));
            } catch (RuntimeException e) {
                LOG.error("build failed", e);
                write(out, BuildMessageJson.error("internal error: " + e.getClass().getSimpleName(), 0));
            }
        };
        // the CLI reads the stream as JSON messages only when the type is exactly application/json
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Map<String, String> map(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Map.of();
        }
        try {
            return json.readValue(value, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new InvalidParameter("invalid " + name + " JSON: " + e.getOriginalMessage());
        }
    }

    private void write(OutputStream out, BuildMessageJson message) {
        try {
            out.write(json.writeValueAsBytes(message));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The build's reports as JSON lines; a failed write (the client went away) stops the build. */
    private final class JsonLines implements BuildOutput {
        private final OutputStream out;

        JsonLines(OutputStream out) {
            this.out = out;
        }

        @Override
        public void stream(String text) {
            write(out, BuildMessageJson.stream(text));
        }

        @Override
        public void aux(ImageId id) {
            write(out, BuildMessageJson.aux(id.toString()));
        }
    }
}
