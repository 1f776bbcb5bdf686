package dev.berth.drivers.storage.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ArchiveImage;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.storage.ContentStore;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An OCI image layout ({@code index.json}, {@code blobs/sha256/...}): follows index -> (nested index) -> manifest
 * -> config and layers. Image names come from the {@code io.containerd.image.name} annotation, or from
 * {@code org.opencontainers.image.ref.name} when that holds a full reference rather than a bare tag.
 */
final class OciLayout {

    static final String INDEX_FILE_NAME = "index.json";
    private static final Set<String> INDEX_TYPES = Set.of(
            "application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json");
    private static final String CONTAINERD_NAME = "io.containerd.image.name";
    private static final String OCI_REF_NAME = "org.opencontainers.image.ref.name";
    private static final String PLATFORM_OS = "linux";
    private static final String PLATFORM_ARCHITECTURE = "amd64";

    private final ObjectMapper json;
    private final ContentStore blobs;

    OciLayout(ObjectMapper json, ContentStore blobs) {
        this.json = json;
        this.blobs = blobs;
    }

    List<ArchiveImage> images(ArchiveContents contents) throws IOException {
        var images = new ArrayList<ArchiveImage>();
        for (JsonNode descriptor : json.readTree(contents.metadata(INDEX_FILE_NAME)).path("manifests")) {
            List<ImageReference> tags = name(descriptor.path("annotations")).map(List::of).orElse(List.of());
            JsonNode manifest = platformManifest(contents, descriptor);
            Digest config = blob(contents, manifest.path("config"));
            var layers = new ArrayList<Digest>();
            for (JsonNode layer : manifest.path("layers")) {
                layers.add(blob(contents, layer));
            }
            images.add(new ArchiveImage(config, layers, tags));
        }
        return images;
    }

    /** Resolves nested indexes to the manifest for this platform (or the only/first one when none is marked). */
    private JsonNode platformManifest(ArchiveContents contents, JsonNode descriptor) throws IOException {
        JsonNode document = read(contents, descriptor);
        for (int depth = 0; isIndex(descriptor, document); depth++) {
            if (depth > 4) {
                throw new InvalidParameter("invalid archive: indexes nested too deep");
            }
            JsonNode manifests = document.path("manifests");
            if (manifests.isEmpty()) {
                throw new InvalidParameter("invalid archive: empty image index");
            }
            descriptor = manifests.get(0);
            for (JsonNode candidate : manifests) {
                JsonNode platform = candidate.path("platform");
                if (PLATFORM_OS.equals(platform.path("os").asText())
                        && PLATFORM_ARCHITECTURE.equals(platform.path("architecture").asText())) {
                    descriptor = candidate;
                    break;
                }
            }
            document = read(contents, descriptor);
        }
        return document;
    }

    private static boolean isIndex(JsonNode descriptor, JsonNode document) {
        return INDEX_TYPES.contains(descriptor.path("mediaType").asText())
                || INDEX_TYPES.contains(document.path("mediaType").asText())
                || (document.has("manifests") && !document.has("config"));
    }

    private JsonNode read(ArchiveContents contents, JsonNode descriptor) throws IOException {
        try (InputStream in = blobs.open(blob(contents, descriptor))) {
            return json.readTree(in);
        }
    }

    /** The stored digest of the blob a descriptor points at (the uncompressed one for a gzip layer). */
    private static Digest blob(ArchiveContents contents, JsonNode descriptor) {
        Digest digest = Digest.parse(descriptor.path("digest").asText(null));
        return contents.digestOf("blobs/" + Digest.ALGORITHM + "/" + digest.hex());
    }

    private static Optional<ImageReference> name(JsonNode annotations) {
        String containerdName = annotations.path(CONTAINERD_NAME).asText("");
        if (!containerdName.isEmpty()) {
            return Optional.of(ImageReference.parse(containerdName));
        }
        String refName = annotations.path(OCI_REF_NAME).asText("");
        if (refName.contains(":") || refName.contains("/")) {
            return Optional.of(ImageReference.parse(refName));
        }
        return Optional.empty();
    }
}
