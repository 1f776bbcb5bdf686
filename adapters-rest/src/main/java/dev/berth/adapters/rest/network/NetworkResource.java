package dev.berth.adapters.rest.network;

import dev.berth.adapters.rest.common.FilterTime;
import dev.berth.adapters.rest.common.Filters;
import dev.berth.application.container.ContainerInspection;
import dev.berth.application.network.NetworkFilter;
import dev.berth.application.network.NetworkService;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.network.Network;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The network API: create, list, inspect, remove, prune, connect and disconnect. */
@Path("/networks")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    private final NetworkService networks;
    private final ContainerInspection containers;
    private final Clock clock;

    @Inject
    public NetworkResource(NetworkService networks, ContainerInspection containers, Clock clock) {
        this.networks = networks;
        this.containers = containers;
        this.clock = clock;
    }

    @GET
    public List<NetworkJson> list(@RestQuery String filters) {
        Filters selection = Filters.parse(filters).accept(NetworkFilter.LIST);
        return networks.list(NetworkFilter.of(selection.asMap(), n -> !networks.endpoints(n).isEmpty(), null))
                .stream().map(n -> NetworkJson.from(n, networks.endpoints(n))).toList();
    }

    @GET
    @Path("/{id}")
    public NetworkJson inspect(@RestPath String id) {
        Network network = networks.find(id);
        return NetworkJson.from(network, networks.endpoints(network));
    }

    @POST
    @Path("/create")
    public RestResponse<NetworkRequestsJson.Created> create(NetworkRequestsJson.Create body) {
        if (body == null) {
            throw new InvalidParameter("network name is required");
        }
        Network network = networks.create(body.toDomain());
        return RestResponse.status(RestResponse.Status.CREATED, new NetworkRequestsJson.Created(network.id(), ""));
    }

    @DELETE
    @Path("/{id}")
    public RestResponse<Void> remove(@RestPath String id) {
        networks.remove(id);
        return RestResponse.noContent();
    }

    @POST
    @Path("/prune")
    public NetworkRequestsJson.Pruned prune(@RestQuery String filters) {
        Filters selection = Filters.parse(filters).accept(NetworkFilter.PRUNE);
        Instant until = selection.single("until").map(u -> FilterTime.parse(u, clock.instant())).orElse(null);
        return new NetworkRequestsJson.Pruned(networks.prune(
                NetworkFilter.of(selection.asMap(), n -> !networks.endpoints(n).isEmpty(), until)));
    }

    @POST
    @Path("/{id}/connect")
    public RestResponse<Void> connect(@RestPath String id, NetworkRequestsJson.Connect body) {
        if (body == null || body.container() == null) {
            throw new InvalidParameter("no container given");
        }
        networks.connect(id, containers.find(body.container()), body.toDomain());
        return RestResponse.ok();
    }

    @POST
    @Path("/{id}/disconnect")
    public RestResponse<Void> disconnect(@RestPath String id, NetworkRequestsJson.Disconnect body) {
        if (body == null || body.container() == null) {
            throw new InvalidParameter("no container given");
        }
        networks.disconnect(id, containers.find(body.container()));
        return RestResponse.ok();
    }
}
