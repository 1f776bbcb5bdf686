package dev.berth.adapters.rest.container;

import dev.berth.application.container.ContainerArchive;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.files.PathStat;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Archive use cases for API tests: container {@code box} has the directory {@code /etc} (its tar is the bytes
 * {@code TAR}); a PUT records the body it received.
 */
@ApplicationScoped
public class StubContainerArchive implements ContainerArchive {

    static final String CONTAINER = "box";
    static final PathStat ETC = new PathStat("etc", 4096, PathStat.DIRECTORY | 0755,
            Instant.parse("2024-01-02T03:04:05Z"), "");

    private volatile String extracted;

    /** What the last PUT received: body, noOverwriteDirNonDir, copyUIDGID. */
    public String extracted() {
        return extracted;
    }

    @Override
    public PathStat stat(String ref, String path) {
        if (!ref.equals(CONTAINER)) {
            throw new NotFound("No such container: " + ref);
        }
        if (path == null || path.isEmpty()) {
            throw new InvalidParameter("Path cannot be empty");
        }
        if (!path.equals("/etc")) {
            throw new NotFound("Could not find the file " + path + " in container " + ref);
        }
        return ETC;
    }

    @Override
    public ArchiveRead read(String ref, String path) {
        return new ArchiveRead(stat(ref, path), out -> write(out, "TAR"));
    }

    @Override
    public void extract(String ref, String path, InputStream tar, boolean noOverwriteDirNonDir, boolean copyUIDGID) {
        stat(ref, path);
        try {
            extracted = new String(tar.readAllBytes(), StandardCharsets.UTF_8) + "|" + noOverwriteDirNonDir + "|"
                    + copyUIDGID;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Consumer<OutputStream> export(String ref) {
        stat(ref, "/etc");
        return out -> write(out, "ROOTFS");
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
