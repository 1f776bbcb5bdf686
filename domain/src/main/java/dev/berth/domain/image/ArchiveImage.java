package dev.berth.domain.image;

import java.util.List;

/**
 * One image of an image archive ({@code docker save} format or OCI layout): its config blob, its layers by
 * DiffID (digest of the uncompressed tar), bottom first, and the tags the archive gives it.
 */
public record ArchiveImage(Digest config, List<Digest> layers, List<ImageReference> repoTags) {

    public ArchiveImage {
        layers = List.copyOf(layers);
        repoTags = List.copyOf(repoTags);
    }
}
