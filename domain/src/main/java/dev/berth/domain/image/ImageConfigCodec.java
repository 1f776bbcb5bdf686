package dev.berth.domain.image;

/**
 * Reads and writes image config blobs (the OCI/Docker image config JSON). The image ID is the digest of the
 * exact bytes, so decoded configs are never re-encoded to name an existing image.
 */
public interface ImageConfigCodec {

    /** InvalidParameter when {@code raw} is not an image config. */
    ImageConfig decode(byte[] raw);

    byte[] encode(ImageConfig config);
}
