package dev.berth.domain.registry;

import dev.berth.domain.image.Digest;

/** What a registry answers for a tag or digest: one image's manifest, or an index of per-platform manifests. */
public sealed interface Manifest permits ImageManifest, ManifestIndex {

    /** The digest of the manifest's exact bytes: what {@code RepoDigests} records. */
    Digest digest();

    String mediaType();
}
