package dev.berth.drivers.storage.archive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.image.ArchiveImage;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageReference;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The {@code manifest.json} of a docker-archive: per image, its config file, tags and layer files. */
final class DockerManifest {

    static final String FILE_NAME = "manifest.json";

    private final ObjectMapper json;

    DockerManifest(ObjectMapper json) {
        this.json = json;
    }

    List<ArchiveImage> images(ArchiveContents contents) throws IOException {
        Entry[] entries = json.readValue(contents.metadata(FILE_NAME), Entry[].class);
        var images = new ArrayList<ArchiveImage>(entries.length);
        for (Entry entry : entries) {
            List<Digest> layers = entry.layers().stream().map(contents::digestOf).toList();
            List<ImageReference> tags = entry.repoTags().stream().map(ImageReference::parse).toList();
            images.add(new ArchiveImage(contents.digestOf(entry.config()), layers, tags));
        }
        return images;
    }

    record Entry(@JsonProperty("Config") String config,
                 @JsonProperty("RepoTags") List<String> repoTags,
                 @JsonProperty("Layers") List<String> layers) {
        Entry {
            if (config == null) {
                throw new IllegalArgumentException("manifest entry without Config");
            }
            repoTags = repoTags == null ? List.of() : repoTags;
            layers = layers == null ? List.of() : layers;
        }
    }
}
