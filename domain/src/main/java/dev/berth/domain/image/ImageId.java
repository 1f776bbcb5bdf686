package dev.berth.domain.image;

/** An image is named by the digest of its config blob. */
public record ImageId(Digest digest) {

    public static ImageId parse(String text) {
        return new ImageId(Digest.parse(text));
    }

    public String shortId() {
        return digest.shortHex();
    }

    @Override
    public String toString() {
        return digest.toString();
    }
}
