package dev.berth.drivers.storage.build;

import dev.berth.domain.build.BuildFiles;
import dev.berth.domain.build.DockerIgnore;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;
import dev.berth.drivers.storage.common.FileTree;
import dev.berth.drivers.storage.common.LayerUnpacker;
import dev.berth.drivers.storage.common.LowerLayers;
import dev.berth.drivers.storage.vfs.VfsWhiteouts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Build files under {@code <data-root>/tmp/build}: contexts and stage root filesystems unpacked with the layer
 * unpacker (no entry escapes its directory), COPY and ADD layers written by {@link CopyLayerWriter}.
 */
public final class LocalBuildFiles implements BuildFiles {

    private final Path root;

    public LocalBuildFiles(Path root) {
        this.root = root;
    }

    /** Workspaces of builds the daemon did not finish (it stopped meanwhile). */
    public void removeLeftovers() {
        try {
            FileTree.delete(root);
        } catch (IOException e) {
            throw new SystemFault("cannot clean the build directory " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Workspace workspace() {
        try {
            Files.createDirectories(root);
            Path dir = Files.createDirectory(root.resolve(UUID.randomUUID().toString()));
            return new Workspace() {
                @Override
                public Path root() {
                    return dir;
                }

                @Override
                public void close() {
                    try {
                        FileTree.delete(dir);
                    } catch (IOException e) {
                        throw new SystemFault("cannot remove build directory " + dir + ": " + e.getMessage(), e);
                    }
                }
            };
        } catch (IOException e) {
            throw new SystemFault("cannot create a build directory under " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void unpackContext(InputStream tar, Path dir) {
        try {
            unpack(tar, dir);
        } catch (IOException e) {
            throw new InvalidParameter("cannot read the build context: " + e.getMessage(), e);
        }
    }

    @Override
    public void prune(Path dir, DockerIgnore ignore) {
        List<Path> excluded;
        try (Stream<Path> all = Files.walk(dir)) {
            excluded = all.filter(path -> !path.equals(dir))
                    .filter(path -> ignore.excludes(relative(dir, path)))
                    .sorted(Comparator.reverseOrder())
                    .toList();
        } catch (IOException e) {
            throw new SystemFault("cannot read the build context: " + e.getMessage(), e);
        }
        try {
            for (Path path : excluded) {
                // a directory stays when an exception keeps something in it
                if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) || isEmpty(path)) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new SystemFault("cannot apply .dockerignore: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> readText(Path dir, String relativePath) {
        Path file = dir.resolve(relativePath).normalize();
        if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SystemFault("cannot read " + relativePath + " of the build context: " + e.getMessage(), e);
        }
    }

    @Override
    public void unpackLayer(InputStream layer, Path dir) {
        try {
            unpack(layer, dir);
        } catch (IOException e) {
            throw new SystemFault("cannot unpack a layer for the build: " + e.getMessage(), e);
        }
    }

    /** A tree of its own, so whiteouts simply delete (as in vfs). */
    private static void unpack(InputStream tar, Path dir) throws IOException {
        Files.createDirectories(dir);
        new LayerUnpacker(new VfsWhiteouts(), LowerLayers.NONE).unpack(tar, dir);
    }

    @Override
    public void writeCopy(CopySpec spec, OutputStream tar) {
        try {
            new CopyLayerWriter(spec, tar).write();
        } catch (UncheckedIOException e) {
            throw new SystemFault("cannot write the layer of a copy: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new SystemFault("cannot write the layer of a copy: " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    static String relative(Path dir, Path path) {
        List<String> names = new ArrayList<>();
        dir.relativize(path).forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }
}
