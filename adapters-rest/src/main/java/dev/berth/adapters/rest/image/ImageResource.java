package dev.berth.adapters.rest.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.adapters.rest.common.FilterTime;
import dev.berth.adapters.rest.common.Filters;
import dev.berth.adapters.rest.registry.RegistryAuthHeader;
import dev.berth.application.image.ImageCommands;
import dev.berth.application.image.ImageExport;
import dev.berth.application.image.ImageImport;
import dev.berth.application.image.ImageListFilter;
import dev.berth.application.image.ImagePruneFilter;
import dev.berth.application.image.ImagePull;
import dev.berth.application.image.ImagePush;
import dev.berth.application.image.ImageQueries;
import dev.berth.application.image.ImageTransfer;
import dev.berth.application.image.ImportRequest;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotImplemented;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageReference;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The image endpoints of the Docker Engine API: parse, call a use case, encode. */
@Path("/images")
public class ImageResource {

    static final String TAR = "application/x-tar";
    private static final Set<String> LIST_FILTERS = Set.of("reference", "label", "dangling", "before", "since");
    private static final Set<String> PRUNE_FILTERS = Set.of("dangling", "label", "label!", "until");

    private final ImageQueries queries;
    private final ImageCommands commands;
    private final ImageTransfer transfer;
    private final ImageImport imports;
    private final ObjectMapper json;
    private final ImagePull pulls;
    private final ImagePush pushes;

    @Inject
    public ImageResource(ImageQueries queries, ImageCommands commands, ImageTransfer transfer, ImageImport imports,
                         ObjectMapper json, ImagePull pulls, ImagePush pushes) {
        this.queries = queries;
        this.commands = commands;
        this.transfer = transfer;
        this.imports = imports;
        this.json = json;
        this.pulls = pulls;
        this.pushes = pushes;
    }

    @GET
    @Path("/json")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ImageSummaryJson> list(@RestQuery String filters) {
        return queries.list(listFilter(Filters.parse(filters).accept(LIST_FILTERS))).stream()
                .map(ImageSummaryJson::from)
                .toList();
    }

    static ImageListFilter listFilter(Filters filters) {
        return new ImageListFilter(filters.get("reference"), filters.get("label"),
                filters.bool("dangling").orElse(null), filters.single("before").orElse(null),
                filters.single("since").orElse(null));
    }

    @GET
    @Path("/{name:.+}/json")
    @Produces(MediaType.APPLICATION_JSON)
    public ImageInspectJson inspect(@RestPath String name) {
        return ImageInspectJson.from(queries.inspect(name));
    }

    @GET
    @Path("/{name:.+}/history")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ImageHistoryJson> history(@RestPath String name) {
        return queries.history(name).stream().map(ImageHistoryJson::from).toList();
    }

    @POST
    @Path("/{name:.+}/tag")
    public Response tag(@RestPath String name, @RestQuery String repo, @RestQuery String tag) {
        if (repo == null || repo.isEmpty()) {
            throw new InvalidParameter("repository name must have at least one component");
        }
        commands.tag(name, repo, tag);
        return Response.status(Response.Status.CREATED).build();
    }

    @DELETE
    @Path("/{name:.+}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ImageDeleteJson> remove(@RestPath String name, @RestQuery boolean force, @RestQuery boolean noprune) {
        return commands.remove(name, force, !noprune).stream()
                .map(ImageDeleteJson::from)
                .toList();
    }

    @POST
    @Path("/prune")
    @Produces(MediaType.APPLICATION_JSON)
    public ImagePruneJson prune(@RestQuery String filters) {
        return ImagePruneJson.from(commands.prune(pruneFilter(Filters.parse(filters).accept(PRUNE_FILTERS))));
    }

    /** dockerd prunes only dangling images unless told {@code dangling=false}. */
    static ImagePruneFilter pruneFilter(Filters filters) {
        return new ImagePruneFilter(filters.bool("dangling").orElse(true), filters.get("label"),
                filters.get("label!"),
                filters.single("until").map(until -> FilterTime.parse(until, Instant.now())).orElse(null));
    }

    /**
     * The archive is streamed from the request body into the content store, never held in memory. {@code quiet}
     * only silences progress bars, which a load from a stream has none of: the result lines are always sent.
     */
    @POST
    @Path("/load")
    @Consumes(MediaType.WILDCARD)
    public Response load(InputStream archive) {
        return jsonLines(transfer.load(archive).stream().map(ProgressJson::line).toList());
    }

    /**
     * {@code docker pull} ({@code fromImage}, with {@code tag} a tag or a digest) or {@code docker import}
     * ({@code fromSrc=-}: the rootfs tar is the body). A pull resolves its manifest before the progress stream
     * starts, so a bad or unknown name gets an error status.
     */
    @POST
    @Path("/create")
    @Consumes(MediaType.WILDCARD)
    public Response create(InputStream body, @RestQuery String fromSrc, @RestQuery String fromImage,
                           @RestQuery String repo, @RestQuery String tag, @RestQuery String message,
                           @RestQuery List<String> changes, @RestHeader(RegistryAuthHeader.NAME) String auth) {
        if (fromImage != null && !fromImage.isEmpty()) {
            return TransferStream.of(pulls.pull(pullReference(fromImage, tag), RegistryAuthHeader.decode(auth)), json);
        }
        if (fromSrc == null || fromSrc.isEmpty()) {
            throw new InvalidParameter("one of fromImage or fromSrc is required");
        }
        if (!fromSrc.equals("-")) {
            throw new NotImplemented("importing from a URL is not supported: " + fromSrc);
        }
        ImageReference reference = repo == null || repo.isEmpty() ? null
                : ImageReference.parse(tag == null || tag.isEmpty() ? repo : repo + ":" + tag);
        ImageId id = imports.importImage(body, new ImportRequest(changes == null ? List.of() : changes, message,
                fromSrc, reference));
        return jsonLines(List.of(new StatusJson(id.toString())));
    }

    /** {@code fromImage} may carry its tag or digest; otherwise {@code tag} gives one (dockerd's rule). */
    static ImageReference pullReference(String fromImage, String tag) {
        ImageReference named = ImageReference.parseRepository(fromImage);
        if (tag == null || tag.isEmpty() || named.tag() != null || named.digest() != null) {
            if (named.tag() == null && named.digest() == null) {
                throw new NotImplemented("pulling every tag of a repository is not supported: give a tag");
            }
            return named;
        }
        return ImageReference.parse(fromImage + (Digest.isDigest(tag) ? "@" : ":") + tag);
    }

    /** {@code docker push}: {@code tag} empty pushes every tag of the repository. */
    @POST
    @Path("/{name:.+}/push")
    public Response push(@RestPath String name, @RestQuery String tag,
                         @RestHeader(RegistryAuthHeader.NAME) String auth) {
        return TransferStream.of(pushes.push(name, tag, RegistryAuthHeader.decode(auth)), json);
    }

    /** Registries' search is Docker Hub's v1 index API, which Berth does not speak. */
    @GET
    @Path("/search")
    public Response search() {
        throw new NotImplemented("searching registries is not supported: Berth talks to registries through the "
                + "Distribution API, which has no search");
    }

    private Response jsonLines(List<?> messages) {
        var lines = new StringBuilder();
        for (Object message : messages) {
            lines.append(encode(message)).append('\n');
        }
        // bytes, not a String: the CLI reads the lines as progress JSON only when the type is exactly
        // application/json, and a String entity would get "; charset=UTF-8" appended
        return Response.ok(lines.toString().getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private String encode(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SystemFault("cannot encode a progress message: " + e.getMessage(), e);
        }
    }

    @GET
    @Path("/get")
    @Produces(TAR)
    public Response save(@RestQuery List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidParameter("no images given to save");
        }
        return tar(transfer.export(names));
    }

    @GET
    @Path("/{name:.+}/get")
    @Produces(TAR)
    public Response saveOne(@RestPath String name) {
        return tar(transfer.export(List.of(name)));
    }

    private static Response tar(ImageExport export) {
        StreamingOutput body = export::writeTo;
        return Response.ok(body, TAR).build();
    }
}
