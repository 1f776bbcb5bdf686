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
import java.util.Optional;

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
    Digest layer(Path root, List<String> sources, String destination, String chown, String chmod, boolean add,
                 Optional<Image> target) {
        for (String source : sources) {
            if (add && (source.startsWith("http://") || source.startsWith("https://"))) {
                throw new NotImplemented("ADD from a URL is not supported: " + source);
            }
        }
        int[] owner = owner(chown, target);
        Integer mode = chmod == null ? null : mode(chmod);
        var spec = new CopySpec(root, sources, destination, owner == null ? null : owner[0],
                owner == null ? null : owner[1], mode, add);
        try (BlobWriter writer = content.writer()) {
            files.writeCopy(spec, writer.stream());
            return writer.commit(null);
        }
    }

    /**
     * {@code --chown=user[:group]}: numbers as they are, names looked up in the image's {@code /etc/passwd} and
     * {@code /etc/group}; without a group, the group of the same name, else the user's primary group.
     */
    private int[] owner(String chown, Optional<Image> image) {
        if (chown == null || chown.isEmpty()) {
            return null;
        }
        String[] parts = chown.split(":", 2);
        Optional<String[]> user = parts[0].matches("\\d+") ? Optional.empty()
                : Optional.of(entry(image, "etc/passwd", parts[0], chown));
        int uid = user.map(fields -> Integer.parseInt(fields[2])).orElseGet(() -> Integer.parseInt(parts[0]));
        String group = parts.length > 1 ? parts[1] : parts[0];
        int gid;
        if (group.matches("\\d+")) {
            gid = Integer.parseInt(group);
        } else if (parts.length > 1 || user.isEmpty()) {
            gid = Integer.parseInt(entry(image, "etc/group", group, chown)[2]);
        } else {
            gid = find(image, "etc/group", group).map(fields -> Integer.parseInt(fields[2]))
                    .orElseGet(() -> Integer.parseInt(user.get()[3]));
        }
        return new int[] {uid, gid};
    }

    private String[] entry(Optional<Image> image, String file, String name, String chown) {
        return find(image, file, name).orElseThrow(() -> new InvalidParameter("unable to convert uid/gid chown string"
                + " to host mapping: no " + (file.endsWith("passwd") ? "user " : "group ") + name + " in /" + file
                + " (--chown=" + chown + ")"));
    }

    private Optional<String[]> find(Optional<Image> image, String file, String name) {
        if (image.isEmpty()) {
            return Optional.empty();
        }
        return files.readText(rootfsOf(image.get()), file).stream()
                .flatMap(text -> text.lines())
                .map(line -> line.split(":"))
                .filter(fields -> fields.length > 3 && fields[0].equals(name) && fields[2].matches("\\d+"))
                .findFirst();
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
