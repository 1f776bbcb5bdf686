package dev.berth.domain.registry;

import dev.berth.domain.image.Digest;

/** A blob or manifest a manifest points at: its media type, digest and size. */
public record Descriptor(String mediaType, Digest digest, long size) {
}
