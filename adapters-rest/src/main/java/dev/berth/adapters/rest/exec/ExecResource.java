package dev.berth.adapters.rest.exec;

import dev.berth.application.exec.ContainerExec;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code /exec/{id}/json} and {@code /exec/{id}/resize}. */
@Path("/exec")
@Produces(MediaType.APPLICATION_JSON)
public class ExecResource {

    private final ContainerExec execs;

    @Inject
    public ExecResource(ContainerExec execs) {
        this.execs = execs;
    }

    @GET
    @Path("/{id}/json")
    public ExecInspectJson inspect(@RestPath String id) {
        return ExecInspectJson.from(execs.inspect(id));
    }

    @POST
    @Path("/{id}/resize")
    public RestResponse<Void> resize(@RestPath String id, @RestQuery int h, @RestQuery int w) {
        execs.resize(id, h, w);
        return RestResponse.ok(); // dockerd answers 200 with no body
    }
}
