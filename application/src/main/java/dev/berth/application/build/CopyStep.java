package dev.berth.application.build;

import dev.berth.domain.build.BuildFiles;
import dev.berth.domain.build.BuildFiles.CopySpec;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotImplemented;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.storage.BlobWriter;
import dev.berth.domain.storage.ContentStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files side of COPY and ADD: where the sources are (the context, or the root filesystem of a stage or image
 * for {@code --from}, unpacked once per build), and the step's layer tar, written straight into the content store:
 * its digest is both the content checksum the cache compares and the layer's diff ID.
 */
final class CopyStep {

    private final BuildFiles files;
    private final ContentStore content;
    private final Path workspace;
    private final Map<ImageId, Path> rootfs = new HashMap<>();

    CopyStep(BuildFiles files, ContentStore content, Path workspace) {
        this.files = files;
        this.content = content;
        this.workspace = workspace;
    }

    /** The root filesystem of {@code image}, unpacked layer after layer. */
    Path rootfsOf(Image image) {
        return rootfs.computeIfAbsent(image.id(), id -> {
            Path dir = workspace.resolve("rootfs-" + id.digest().hex());
            for (Digest diffId : image.config().diffIds()) {
                try (InputStream layer = content.open(diffId)) {
                    files.unpackLayer(layer, dir);
                } catch (IOException e) {
                    throw new SystemFault("cannot read layer " + diffId + ": " + e.getMessage(), e);
                }
            }
            return dir;
        });
    }

    /** Writes the layer of the copy; returns its digest. */
    Digest layer(Path root, List<String> sources, String destination, String chown, String chmod, boolean add) {
        for (String source : sources) {
            if (add && (source.startsWith("http://") || source.startsWith("https://"))) {
                throw new NotImplemented("ADD from a URL is not supported: " + source);
            }
        }
        int[] owner = owner(chown);
        Integer mode = chmod == null ? null : mode(chmod);
        var spec = new CopySpec(root, sources, destination, owner == null ? null : owner[0],
                owner == null ? null : owner[1], mode, add);
        try (BlobWriter writer = content.writer()) {
            files.writeCopy(spec, writer.stream());
            return writer.commit(null);
        }
    }

    /** {@code --chown=uid[:gid]} by number ({@code root} is 0); the group defaults to the user's number. */
    static int[] owner(String chown) {
        if (chown == null || chown.isEmpty()) {
            return null;
        }
        String[] parts = chown.split(":", 2);
        int uid = id(parts[0], chown);
        int gid = parts.length > 1 ? id(parts[1], chown) : uid;
        return new int[] {uid, gid};
    }

    private static int id(String name, String chown) {
        if (name.equals("root")) {
            return 0;
        }
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            throw new NotImplemented("--chown=" + chown + ": only numeric IDs (and root) are supported");
        }
    }

    static int mode(String chmod) {
        try {
            int mode = Integer.parseInt(chmod, 8);
            if (mode < 0 || mode > 07777) {
                throw new NumberFormatException(chmod);
            }
            return mode;
        } catch (NumberFormatException e) {
            throw new InvalidParameter("invalid chmod parameter: " + chmod);
        }
    }
}
