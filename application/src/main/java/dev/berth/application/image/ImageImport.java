package dev.berth.application.image;

import dev.berth.domain.image.ImageId;

import java.io.InputStream;

/** {@code docker import}: an image of one layer made from a root filesystem tar. */
public interface ImageImport {

    /** The tar may be gzip-compressed; returns the new image's ID. */
    ImageId importImage(InputStream rootfs, ImportRequest request);
}
