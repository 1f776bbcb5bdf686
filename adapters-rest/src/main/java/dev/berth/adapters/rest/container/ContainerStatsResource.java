package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.adapters.rest.common.QueryFlag;
import dev.berth.adapters.rest.stream.ChunkStream;
import dev.berth.application.container.ContainerStats;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestMulti;

import java.nio.charset.StandardCharsets;

/**
 * {@code docker stats}: one JSON document per second until the client leaves ({@code stream}, the default), or
 * one: with its precpu taken a second before, as dockerd samples twice, unless {@code one-shot}.
 */
@Path("/containers")
public class ContainerStatsResource {

    private final ContainerStats stats;
    private final ObjectMapper json;

    @Inject
    public ContainerStatsResource(ContainerStats stats, ObjectMapper json) {
        this.stats = stats;
        this.json = json;
    }

    @GET
    @Path("/{name}/stats")
    @Produces(MediaType.APPLICATION_OCTET_STREAM) // not JSON: RESTEasy then streams the chunks as they are
    public RestMulti<byte[]> stats(@RestPath String name, @RestQuery String stream,
                                   @RestQuery("one-shot") String oneShot) {
        boolean streaming = stream == null || stream.isEmpty() || QueryFlag.isSet(stream);
        boolean once = QueryFlag.isSet(oneShot);
        ContainerStats.Feed feed = stats.open(name);
        return RestMulti.fromMultiData(ChunkStream.of("stats-" + name, sink -> {
                    try {
                        if (!streaming && !once) {
                            feed.next(); // the precpu reference
                        }
                        while (sink.send(encode(feed.next())) && streaming) {
                            // one sample a second: the feed paces itself
                        }
                    } catch (NotFound removed) {
                        // The container went away while streaming: dockerd ends the stream too.
                    }
                }))
                .header("Content-Type", MediaType.APPLICATION_JSON)
                .build();
    }

    private byte[] encode(ContainerStats.Sample sample) {
        try {
            return (json.writeValueAsString(StatsJson.from(sample)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new SystemFault("cannot encode stats: " + e.getMessage(), e);
        }
    }
}
