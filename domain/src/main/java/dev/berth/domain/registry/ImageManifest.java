package dev.berth.domain.registry;

import dev.berth.domain.image.Digest;

import java.util.List;

/** A Docker schema 2 or OCI image manifest: the config blob and the layer blobs, bottom first. */
public record ImageManifest(Digest digest, String mediaType, Descriptor config, List<Descriptor> layers)
        implements Manifest {

    public static final String DOCKER_V2 = "application/vnd.docker.distribution.manifest.v2+json";
    public static final String OCI = "application/vnd.oci.image.manifest.v1+json";

    public ImageManifest {
        layers = List.copyOf(layers);
    }
}
