package dev.berth.domain.build;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files of a build on the daemon's disk: the context, the root filesystems COPY {@code --from} reads, and the
 * layer tars COPY and ADD make of them. Every directory lives in a {@link Workspace} removed with the build.
 */
public interface BuildFiles {

    Workspace workspace();

    /** Unpacks a context tar (plain or gzip-compressed) into {@code dir}. InvalidParameter when it is no tar. */
    void unpackContext(InputStream tar, Path dir);

    /** Deletes what the rules exclude from an unpacked context. */
    void prune(Path dir, DockerIgnore ignore);

    /** A text file of the context, by its path relative to {@code dir}; empty when there is none. */
    Optional<String> readText(Path dir, String relativePath);

    /** Unpacks one image layer over {@code dir} (whiteouts delete): a root filesystem, layer after layer. */
    void unpackLayer(InputStream layer, Path dir);

    /**
     * Writes the layer tar of a COPY or ADD. InvalidParameter when a source is missing or outside {@code spec.root()}.
     */
    void writeCopy(CopySpec spec, OutputStream tar);

    /** A build's scratch directory. */
    interface Workspace extends AutoCloseable {

        Path root();

        /** Removes the directory and everything in it. */
        @Override
        void close();
    }

    /**
     * COPY/ADD of {@code sources} (relative to {@code root}, wildcards allowed) to {@code destination} (absolute;
     * a directory when it ends with {@code /} or there are several sources). {@code uid}/{@code gid} own the copies
     * (root when null), {@code mode} replaces their permissions when not null; with {@code extractArchives} (ADD)
     * a tar source is unpacked at the destination instead.
     */
    record CopySpec(Path root, List<String> sources, String destination, Integer uid, Integer gid, Integer mode,
                    boolean extractArchives) {

        public CopySpec {
            sources = List.copyOf(sources);
        }
    }
}
