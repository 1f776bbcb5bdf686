package dev.berth.adapters.rest.volume;

import dev.berth.adapters.rest.common.Filters;
import dev.berth.adapters.rest.version.ApiVersion;
import dev.berth.adapters.rest.version.VersionedPath;
import dev.berth.application.volume.VolumeCommands;
import dev.berth.application.volume.VolumeFilter;
import dev.berth.application.volume.VolumePruneFilter;
import dev.berth.application.volume.VolumePruneReport;
import dev.berth.application.volume.VolumeQueries;
import dev.berth.domain.error.InvalidParameter;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.Set;

/** The {@code /volumes} endpoints. Removals and prunes may unmount and delete trees: virtual threads. */
@Path("/volumes")
@Produces(MediaType.APPLICATION_JSON)
public class VolumeResource {

    private static final Set<String> LIST_FILTERS = Set.of("name", "label", "driver", "dangling");
    private static final Set<String> PRUNE_FILTERS = Set.of("label", "label!", "all");
    /** From this version a prune removes only anonymous volumes, unless the {@code all} filter is set. */
    private static final ApiVersion ANONYMOUS_PRUNE = new ApiVersion(1, 42);

    private final VolumeCommands commands;
    private final VolumeQueries queries;

    @Inject
    public VolumeResource(VolumeCommands commands, VolumeQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GET
    public VolumeListJson list(@RestQuery String filters) {
        Filters selection = Filters.parse(filters).accept(LIST_FILTERS);
        var filter = new VolumeFilter(selection.get("name"), selection.get("label"), selection.get("driver"),
                selection.bool("dangling").orElse(null));
        return new VolumeListJson(queries.list(filter).stream().map(VolumeJson::from).toList(), List.of());
    }

    @POST
    @Path("/create")
    @RunOnVirtualThread
    public RestResponse<VolumeJson> create(VolumeCreateJson body) {
        if (body == null) {
            throw new InvalidParameter("volume create: empty body");
        }
        return RestResponse.status(RestResponse.Status.CREATED, VolumeJson.from(commands.create(body.toRequest())));
    }

    @GET
    @Path("/{name}")
    public VolumeJson inspect(@RestPath String name) {
        return VolumeJson.from(queries.inspect(name));
    }

    @DELETE
    @Path("/{name}")
    @RunOnVirtualThread
    public RestResponse<Void> remove(@RestPath String name, @RestQuery boolean force) {
        commands.remove(name, force);
        return RestResponse.noContent();
    }

    @POST
    @Path("/prune")
    @RunOnVirtualThread
    public VolumePruneJson prune(@RestQuery String filters, @Context HttpServerRequest request) {
        Filters selection = Filters.parse(filters).accept(PRUNE_FILTERS);
        boolean all = selection.bool("all").orElse(false);
        boolean anonymousOnly = VersionedPath.of(request.path()).effectiveVersion().atLeast(ANONYMOUS_PRUNE) && !all;
        VolumePruneReport report = commands.prune(
                new VolumePruneFilter(selection.get("label"), selection.get("label!"), anonymousOnly));
        return new VolumePruneJson(report.deleted(), report.spaceReclaimed());
    }
}
