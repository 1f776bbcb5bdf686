package dev.berth.adapters.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotImplemented;
import dev.berth.domain.image.Digest;
import dev.berth.domain.registry.Descriptor;
import dev.berth.domain.registry.ImageManifest;
import dev.berth.domain.registry.Manifest;
import dev.berth.domain.registry.ManifestIndex;
import dev.berth.domain.registry.Platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Manifests as JSON: Docker schema 2 and OCI image manifests, Docker manifest lists and OCI indexes. The digest is
 * always that of the exact bytes, never of a re-encoding. Schema 1 (signed, long deprecated) is refused.
 */
final class ManifestCodec {

    static final String SCHEMA1 = "application/vnd.docker.distribution.manifest.v1+prettyjws";
    /** What a pull accepts, most preferred first. */
    static final String ACCEPT = String.join(", ", ManifestIndex.OCI_INDEX, ManifestIndex.DOCKER_LIST,
            ImageManifest.OCI, ImageManifest.DOCKER_V2);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestCodec() {
    }

    /** {@code contentType} is the answer's Content-Type, used when the JSON names no media type (OCI allows it). */
    static Manifest decode(byte[] raw, String contentType) {
        JsonNode root;
        try {
            root = JSON.readTree(raw);
        } catch (IOException e) {
            throw new InvalidParameter("invalid manifest: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidParameter("invalid manifest: not a JSON object");
        }
        if (root.path("schemaVersion").asInt() == 1 || SCHEMA1.equals(contentType)) {
            throw new NotImplemented("schema 1 manifests are not supported: the image must be pushed again "
                    + "with a schema 2 or OCI manifest");
        }
        Digest digest = Digest.of(raw);
        String mediaType = root.path("mediaType").asText("");
        if (mediaType.isEmpty()) {
            mediaType = root.has("manifests") ? ManifestIndex.OCI_INDEX
                    : contentType == null || contentType.isEmpty() ? ImageManifest.OCI : contentType;
        }
        if (root.has("manifests")) {
            var entries = new ArrayList<ManifestIndex.Entry>();
            for (JsonNode entry : root.path("manifests")) {
                JsonNode platform = entry.path("platform");
                entries.add(new ManifestIndex.Entry(descriptor(entry), platform.isObject()
                        ? new Platform(platform.path("os").asText(""), platform.path("architecture").asText(""),
                        platform.path("variant").asText("")) : null));
            }
            return new ManifestIndex(digest, mediaType, entries);
        }
        if (!root.path("config").isObject() || !root.path("layers").isArray()) {
            throw new InvalidParameter("invalid manifest " + digest + ": no config or layers");
        }
        var layers = new ArrayList<Descriptor>();
        for (JsonNode layer : root.path("layers")) {
            layers.add(descriptor(layer));
        }
        return new ImageManifest(digest, mediaType, descriptor(root.path("config")), layers);
    }

    /** An OCI image manifest of these blobs. */
    static byte[] encode(Descriptor config, List<Descriptor> layers) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 2);
        root.put("mediaType", ImageManifest.OCI);
        root.set("config", node(config));
        ArrayNode array = root.putArray("layers");
        layers.forEach(layer -> array.add(node(layer)));
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always encodes", e);
        }
    }

    private static ObjectNode node(Descriptor descriptor) {
        ObjectNode node = JSON.createObjectNode();
        node.put("mediaType", descriptor.mediaType());
        node.put("digest", descriptor.digest().toString());
        node.put("size", descriptor.size());
        return node;
    }

    private static Descriptor descriptor(JsonNode node) {
        String digest = node.path("digest").asText("");
        if (!Digest.isDigest(digest)) {
            throw new InvalidParameter("invalid manifest: unsupported digest \"" + digest + "\"");
        }
        return new Descriptor(node.path("mediaType").asText(""), Digest.parse(digest), node.path("size").asLong(-1));
    }
}
