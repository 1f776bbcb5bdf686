package dev.berth.adapters.rest.system;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code POST /build/prune}, which {@code docker system prune} and {@code docker builder prune} call. The classic
 * builder caches steps as images (removed by image prune), so there is no separate build cache to free.
 */
@Path("/build/prune")
public class BuildCacheResource {

    /** The answer of a build cache prune. */
    public record BuildCachePruneJson(@JsonProperty("CachesDeleted") List<String> cachesDeleted,
                                      @JsonProperty("SpaceReclaimed") long spaceReclaimed) {
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public BuildCachePruneJson prune() {
        return new BuildCachePruneJson(List.of(), 0);
    }
}
