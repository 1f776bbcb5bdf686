package dev.berth.application.image;

import java.io.OutputStream;

/** An archive ready to be written, its images already resolved. */
@FunctionalInterface
public interface ImageExport {

    void writeTo(OutputStream out);
}
