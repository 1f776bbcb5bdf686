package dev.berth.adapters.rest.container;

import dev.berth.application.container.ContainerDiff;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** {@code docker diff}. */
@Path("/containers")
public class ContainerChangesResource {

    private final ContainerDiff diff;

    @Inject
    public ContainerChangesResource(ContainerDiff diff) {
        this.diff = diff;
    }

    @GET
    @Path("/{name}/changes")
    public List<ChangeJson> changes(@RestPath String name) {
        return diff.changes(name).stream().map(ChangeJson::from).toList();
    }
}
