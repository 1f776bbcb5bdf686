package dev.berth.application.image;

import java.io.InputStream;
import java.util.List;

/** Moving images in and out as archives: {@code docker load} and {@code docker save}. */
public interface ImageTransfer {

    /**
     * Loads every image of an archive; returns the lines {@code docker load} prints ({@code Loaded image: x:1}).
     * InvalidParameter on a malformed archive or a layer that does not match its config; then nothing is
     * registered.
     */
    List<String> load(InputStream archive);

    /** Resolves the names now (NotFound before any byte is written) and returns the archive to stream. */
    ImageExport export(List<String> names);
}
