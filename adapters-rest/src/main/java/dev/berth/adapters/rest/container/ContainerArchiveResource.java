package dev.berth.adapters.rest.container;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.adapters.rest.common.QueryFlag;
import dev.berth.application.container.ContainerArchive;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.files.PathStat;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.InputStream;
import java.util.Base64;

/** {@code docker cp} ({@code /containers/{id}/archive}) and {@code docker export}. */
@Path("/containers")
public class ContainerArchiveResource {

    static final String TAR = "application/x-tar";

    private final ContainerArchive archive;
    private final ObjectMapper json;

    @Inject
    public ContainerArchiveResource(ContainerArchive archive, ObjectMapper json) {
        this.archive = archive;
        this.json = json;
    }

    @HEAD
    @Path("/{name}/archive")
    public Response stat(@RestPath String name, @RestQuery String path) {
        return Response.ok().header(PathStatJson.HEADER, header(archive.stat(name, path))).build();
    }

    @GET
    @Path("/{name}/archive")
    public Response read(@RestPath String name, @RestQuery String path) {
        ContainerArchive.ArchiveRead read = archive.read(name, path);
        StreamingOutput body = out -> read.tar().accept(out);
        return Response.ok(body, TAR).header(PathStatJson.HEADER, header(read.stat())).build();
    }

    @PUT
    @Path("/{name}/archive")
    @Consumes(MediaType.WILDCARD)
    public Response extract(@RestPath String name, @RestQuery String path, @RestQuery String noOverwriteDirNonDir,
                            @RestQuery String copyUIDGID, InputStream tar) {
        archive.extract(name, path, tar, QueryFlag.isSet(noOverwriteDirNonDir), QueryFlag.isSet(copyUIDGID));
        return Response.ok().build();
    }

    @GET
    @Path("/{name}/export")
    public Response export(@RestPath String name) {
        StreamingOutput body = archive.export(name)::accept;
        return Response.ok(body, TAR).build();
    }

    private String header(PathStat stat) {
        try {
            return Base64.getEncoder().encodeToString(json.writeValueAsBytes(PathStatJson.from(stat)));
        } catch (JsonProcessingException e) {
            throw new SystemFault("cannot encode a path stat: " + e.getMessage(), e);
        }
    }
}
