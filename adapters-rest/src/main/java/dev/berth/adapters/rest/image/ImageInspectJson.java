package dev.berth.adapters.rest.image;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.berth.application.image.ImageDetails;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageReference;

import java.util.List;
import java.util.Map;

/** {@code GET /images/{name}/json} (ImageInspect). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageInspectJson(
        @JsonProperty("Id") String id,
        @JsonProperty("RepoTags") List<String> repoTags,
        @JsonProperty("RepoDigests") List<String> repoDigests,
        @JsonProperty("Parent") String parent,
        @JsonProperty("Comment") String comment,
        @JsonProperty("Created") String created,
        @JsonProperty("DockerVersion") String dockerVersion,
        @JsonProperty("Author") String author,
        @JsonProperty("Config") ImageConfigJson config,
        @JsonProperty("Architecture") String architecture,
        @JsonProperty("Variant") String variant,
        @JsonProperty("Os") String os,
        @JsonProperty("Size") long size,
        @JsonProperty("VirtualSize") long virtualSize,
        @JsonProperty("GraphDriver") GraphDriverJson graphDriver,
        @JsonProperty("RootFS") RootFsJson rootFs,
        @JsonProperty("Metadata") Map<String, String> metadata) {

    /** Go's zero time: dockerd's LastTagTime for an image never tagged on this host. */
    private static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    public static ImageInspectJson from(ImageDetails details) {
        Image image = details.image();
        ImageConfig config = image.config();
        return new ImageInspectJson(image.id().toString(),
                image.references().stream().filter(r -> r.tag() != null).map(ImageReference::familiar).toList(),
                image.references().stream().filter(r -> r.digest() != null).map(ImageReference::familiar).toList(),
                "", empty(config.comment()), config.created() == null ? ZERO_TIME : config.created().toString(),
                empty(config.dockerVersion()), empty(config.author()), ImageConfigJson.from(config.config()),
                empty(config.architecture()), config.variant(), empty(config.os()), image.size(), image.size(),
                new GraphDriverJson(details.storageDriver(), Map.of()),
                new RootFsJson("layers", config.diffIds().stream().map(Object::toString).toList()),
                Map.of("LastTagTime", ZERO_TIME));
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }

    public record GraphDriverJson(@JsonProperty("Name") String name, @JsonProperty("Data") Map<String, String> data) {
    }

    public record RootFsJson(@JsonProperty("Type") String type, @JsonProperty("Layers") List<String> layers) {
    }
}
