package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.container.ContainerCommit;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** {@code docker commit} ({@code POST /commit}); {@code pause} defaults to true, as from API 1.13 on. */
@Path("/commit")
public class CommitResource {

    private final ContainerCommit commits;

    @Inject
    public CommitResource(ContainerCommit commits) {
        this.commits = commits;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public RestResponse<IdJson> commit(@RestQuery String container, @RestQuery String repo, @RestQuery String tag,
                                       @RestQuery String comment, @RestQuery String author,
                                       @RestQuery String pause, @RestQuery List<String> changes) {
        boolean paused = pause == null || pause.isEmpty() || dev.berth.adapters.rest.common.QueryFlag.isSet(pause);
        var id = commits.commit(new ContainerCommit.Request(container == null ? "" : container, repo, tag,
                comment == null ? "" : comment, author == null ? "" : author, paused,
                changes == null ? List.of() : changes));
        return RestResponse.status(RestResponse.Status.CREATED, new IdJson(id.toString()));
    }

    public record IdJson(@JsonProperty("Id") String id) {
    }
}
