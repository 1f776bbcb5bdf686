package dev.berth.adapters.rest.exec;

import dev.berth.application.exec.ContainerExec;
import dev.berth.domain.error.InvalidParameter;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code POST /containers/{id}/exec}: registers an exec (its start is {@code ExecStartRoute}'s). */
@Path("/containers")
@Produces(MediaType.APPLICATION_JSON)
public class ContainerExecResource {

    private final ContainerExec execs;

    @Inject
    public ContainerExecResource(ContainerExec execs) {
        this.execs = execs;
    }

    @POST
    @Path("/{name}/exec")
    public RestResponse<ExecCreatedJson> create(@RestPath String name, ExecCreateJson body) {
        if (body == null) {
            throw new InvalidParameter("No exec command specified");
        }
        return RestResponse.status(RestResponse.Status.CREATED,
                new ExecCreatedJson(execs.create(name, body.toConfig()).id().value()));
    }
}
