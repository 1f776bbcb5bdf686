package dev.berth.application.build;

import java.io.InputStream;

/** {@code docker build} with the classic builder. */
public interface ImageBuild {

    /**
     * Unpacks the context (a tar, plain or gzip), applies its {@code .dockerignore} and parses the Dockerfile: bad
     * input fails here, before any output. The caller runs and then closes the result.
     */
    PreparedBuild prepare(BuildRequest request, InputStream context);
}
