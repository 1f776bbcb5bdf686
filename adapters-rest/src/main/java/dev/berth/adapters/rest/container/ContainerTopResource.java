package dev.berth.adapters.rest.container;

import dev.berth.application.container.ContainerTop;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code docker top}. */
@Path("/containers")
public class ContainerTopResource {

    private final ContainerTop top;

    @Inject
    public ContainerTopResource(ContainerTop top) {
        this.top = top;
    }

    @GET
    @Path("/{name}/top")
    public ContainerTopJson top(@RestPath String name, @RestQuery("ps_args") String psArgs) {
        return ContainerTopJson.from(top.top(name, psArgs));
    }
}
