package dev.berth.adapters.rest.container;

import dev.berth.adapters.rest.common.ApiTime;
import dev.berth.adapters.rest.common.FilterTime;
import dev.berth.adapters.rest.common.Filters;
import dev.berth.adapters.rest.stream.ChunkStream;
import dev.berth.adapters.rest.stream.StreamFrames;
import dev.berth.application.container.ContainerFilter;
import dev.berth.application.container.ContainerInspection;
import dev.berth.application.container.ContainerLifecycle;
import dev.berth.application.container.ContainerPruneFilter;
import dev.berth.application.container.ContainerOutput;
import dev.berth.application.exec.ContainerExec;
import dev.berth.application.system.SystemService;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.CreateRequest;
import dev.berth.domain.container.ContainerNetworking;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.container.Signal;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.runtime.LogQuery;
import io.smallrye.common.annotation.RunOnVirtualThread;
import dev.berth.application.network.ContainerNetworkView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The container endpoints: parse, call a use case, encode. */
@Path("/containers")
@Produces(MediaType.APPLICATION_JSON)
public class ContainerResource {

    private static final Set<String> PRUNE_FILTERS = Set.of("label", "label!", "until");

    private final ContainerLifecycle lifecycle;
    private final ContainerInspection inspection;
    private final ContainerOutput output;
    private final SystemService system;
    private final Clock clock;
    private final ContainerNetworkView networks;
    private final ContainerExec execs;

    @Inject
    public ContainerResource(ContainerLifecycle lifecycle, ContainerInspection inspection, ContainerOutput output,
                             SystemService system, Clock clock, ContainerNetworkView networks, ContainerExec execs) {
        this.networks = networks;
        this.execs = execs;
        this.lifecycle = lifecycle;
        this.inspection = inspection;
        this.output = output;
        this.system = system;
        this.clock = clock;
    }

    @POST
    @Path("/create")
    public RestResponse<ContainerCreatedJson> create(@RestQuery String name, @Valid ContainerCreateJson body) {
        if (body == null || body.config() == null || body.config().image() == null
                || body.config().image().isEmpty()) {
            throw new InvalidParameter("Config cannot be empty in order to create a container");
        }
        HostConfig hostConfig = body.hostConfig() == null
                ? new HostConfig(false, null, null, null, null, false, false) : body.hostConfig().toDomain();
        hostConfig = hostConfig.withNetworking(body.hostConfig() == null
                ? new ContainerNetworking(List.of(), false, null, null, null, null, body.endpoints())
                : body.hostConfig().networking(body.endpoints()));
        var request = new CreateRequest(Optional.ofNullable(name).filter(n -> !n.isEmpty()).map(ContainerName::parse),
                body.config().toDomain(), hostConfig,
                body.config().volumes() == null ? Set.of() : body.config().volumes().keySet());
        return RestResponse.status(RestResponse.Status.CREATED,
                new ContainerCreatedJson(lifecycle.create(request).value(), List.of()));
    }

    @GET
    @Path("/json")
    public List<ContainerSummaryJson> list(@RestQuery boolean all, @RestQuery @DefaultValue("-1") int limit,
                                           @RestQuery String filters) {
        var now = clock.instant();
        return inspection.list(new ContainerFilter(all, limit, Filters.parse(filters).asMap())).stream()
                .map(c -> ContainerSummaryJson.from(c, now).withNetwork(networkSettings(c), networks.portsOf(c.id())))
                .toList();
    }

    @POST
    @Path("/prune")
    @RunOnVirtualThread
    public ContainerPruneJson prune(@RestQuery String filters) {
        Filters selection = Filters.parse(filters).accept(PRUNE_FILTERS);
        Instant until = selection.single("until").map(u -> FilterTime.parse(u, clock.instant())).orElse(null);
        var pruned = lifecycle.prune(new ContainerPruneFilter(selection.get("label"), selection.get("label!"), until));
        return new ContainerPruneJson(pruned.deleted().stream().map(ContainerId::value).toList(),
                pruned.spaceReclaimed());
    }

    @GET
    @Path("/{name}/json")
    public ContainerInspectJson inspect(@RestPath String name) {
        Container container = inspection.find(name);
        return ContainerInspectJson.from(container, system.settings().storageDriver(), "",
                networkSettings(container), execs.of(container.id()).stream().map(e -> e.id().value()).toList());
    }

    private NetworkSettingsJson networkSettings(Container container) {
        return NetworkSettingsJson.from(container, networks.endpointsOf(container.id()),
                networks.portsOf(container.id()));
    }

    @POST
    @Path("/{name}/start")
    public RestResponse<Void> start(@RestPath String name) {
        lifecycle.start(name);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{name}/stop")
    @RunOnVirtualThread
    public RestResponse<Void> stop(@RestPath String name, @RestQuery Integer t) {
        lifecycle.stop(name, Optional.ofNullable(t).map(Duration::ofSeconds));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{name}/restart")
    @RunOnVirtualThread
    public RestResponse<Void> restart(@RestPath String name, @RestQuery Integer t) {
        lifecycle.restart(name, Optional.ofNullable(t).map(Duration::ofSeconds));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{name}/update")
    public ContainerUpdatedJson update(@RestPath String name, @Valid ContainerUpdateJson body) {
        if (body != null) {
            lifecycle.update(name, body.toDomain());
        } else {
            inspection.find(name);
        }
        return new ContainerUpdatedJson(List.of());
    }

    @POST
    @Path("/{name}/rename")
    public RestResponse<Void> rename(@RestPath String name, @RestQuery("name") String newName) {
        lifecycle.rename(name, ContainerName.parse(newName));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{name}/pause")
    public RestResponse<Void> pause(@RestPath String name) {
        lifecycle.pause(name);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{name}/unpause")
    public RestResponse<Void> unpause(@RestPath String name) {
        lifecycle.unpause(name);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{name}/kill")
    @RunOnVirtualThread
    public RestResponse<Void> kill(@RestPath String name, @RestQuery @DefaultValue("KILL") String signal) {
        lifecycle.kill(name, Signal.parse(signal));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{name}/resize")
    @RunOnVirtualThread
    public RestResponse<Void> resize(@RestPath String name, @RestQuery String h, @RestQuery String w) {
        lifecycle.resize(name, ResizeQuery.parse(h, w));
        return RestResponse.ok();
    }

    @DELETE
    @Path("/{name}")
    @RunOnVirtualThread
    public RestResponse<Void> remove(@RestPath String name, @RestQuery boolean force, @RestQuery boolean v) {
        lifecycle.remove(name, force, v);
        return RestResponse.noContent();
    }

    @GET
    @Path("/{name}/logs")
    @Produces(StreamFrames.MULTIPLEXED) // not JSON: RESTEasy then streams the chunks as they are
    public RestMulti<byte[]> logs(@RestPath String name, @RestQuery boolean follow,
                                  @RestQuery boolean stdout, @RestQuery boolean stderr,
                                  @RestQuery String since, @RestQuery String until,
                                  @RestQuery boolean timestamps,
                                  @RestQuery @DefaultValue("all") String tail) {
        if (!stdout && !stderr) {
            throw new InvalidParameter("Bad parameters: you must choose at least one stream");
        }
        Container container = inspection.find(name);
        boolean multiplexed = !container.config().tty();
        // dockerd's logs read until=0 as no bound, unlike events
        var query = new LogQuery(stdout, stderr, ApiTime.parseTimestamp("since", since),
                "0".equals(until) ? null : ApiTime.parseTimestamp("until", until), parseTail(tail), follow);
        return RestMulti.fromMultiData(ChunkStream.of("logs-" + container.id().shortId(),
                        sink -> output.logs(container.id().value(), query,
                                entry -> sink.send(StreamFrames.encode(entry, multiplexed, timestamps)))))
                .header("Content-Type", multiplexed ? StreamFrames.MULTIPLEXED : StreamFrames.RAW)
                .build();
    }

    private static int parseTail(String tail) {
        if (tail == null || tail.isEmpty() || tail.equals("all")) {
            return LogQuery.ALL;
        }
        try {
            int n = Integer.parseInt(tail);
            return n < 0 ? LogQuery.ALL : n;
        } catch (NumberFormatException e) {
            throw new InvalidParameter("invalid value for tail: " + tail);
        }
    }
}
