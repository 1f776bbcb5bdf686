package dev.berth.domain.registry;

import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.Digest;

import java.util.List;

/** A Docker manifest list or OCI index: one manifest per platform. */
public record ManifestIndex(Digest digest, String mediaType, List<Entry> manifests) implements Manifest {

    public static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";

    /** One manifest of the index; {@code platform} is null when the index does not say (attestations...). */
    public record Entry(Descriptor manifest, Platform platform) {
    }

    public ManifestIndex {
        manifests = List.copyOf(manifests);
    }

    /**
     * The manifest for {@code host}: the first entry whose platform runs there, preferring an exact variant match
     * (as containerd's platform matcher orders them); NotFound with dockerd's wording when there is none.
     */
    public Descriptor select(Platform host) {
        List<Entry> runnable = manifests.stream()
                .filter(entry -> entry.platform() != null && host.runs(entry.platform()))
                .toList();
        return runnable.stream()
                .filter(entry -> entry.platform().variant().equals(host.variant()))
                .findFirst()
                .or(() -> runnable.stream().findFirst())
                .map(Entry::manifest)
                .orElseThrow(() -> new NotFound("no matching manifest for " + host
                        + " in the manifest list entries"));
    }
}
