package dev.berth.drivers.storage.files;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.files.ContainerFiles;
import dev.berth.domain.files.ContainerTree;
import dev.berth.domain.files.ExtractOptions;
import dev.berth.domain.files.PathStat;
import dev.berth.drivers.storage.common.LayerTarWriter;
import dev.berth.drivers.storage.files.ContainerPaths.Resolved;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@link ContainerFiles} on the host's view of the container's tree (see {@link ContainerPaths}). */
public final class TreeFiles implements ContainerFiles {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    @Override
    public PathStat stat(ContainerTree tree, String path) {
        ContainerPaths paths = new ContainerPaths(tree);
        Resolved resolved = existing(tree, paths, path);
        try {
            Map<String, Object> attributes = Files.readAttributes(resolved.host(), "unix:mode,size,lastModifiedTime",
                    NOFOLLOW);
            int unixMode = (Integer) attributes.get("mode");
            String linkTarget = Files.isSymbolicLink(resolved.host())
                    ? paths.resolve(resolved.containerPath(), true).containerPath() : "";
            return new PathStat(baseName(path), (Long) attributes.get("size"), GoFileMode.of(unixMode),
                    ((FileTime) attributes.get("lastModifiedTime")).toInstant(), linkTarget);
        } catch (IOException e) {
            throw new SystemFault("cannot stat " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void read(ContainerTree tree, String path, OutputStream out) {
        ContainerPaths paths = new ContainerPaths(tree);
        Resolved resolved = existing(tree, paths, path);
        try {
            LayerTarWriter tar = new LayerTarWriter(out);
            add(tar, paths, resolved, topName(path));
            tar.finish();
        } catch (IOException e) {
            throw new SystemFault("cannot archive " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void extract(ContainerTree tree, String path, InputStream tar, ExtractOptions options) {
        ContainerPaths paths = new ContainerPaths(tree);
        Resolved directory = paths.resolve(path, true);
        if (!Files.exists(directory.host(), NOFOLLOW)) {
            throw notFound(tree, path);
        }
        if (!Files.isDirectory(directory.host(), NOFOLLOW)) {
            throw new InvalidParameter("extraction point is not a directory");
        }
        new TarExtraction(paths, directory, options).extract(tar);
    }

    @Override
    public void export(ContainerTree tree, OutputStream out) {
        ContainerPaths rootfsOnly = new ContainerPaths(new ContainerTree(tree.container(), tree.rootfs(), List.of()));
        try {
            LayerTarWriter tar = new LayerTarWriter(out);
            for (Path child : children(tree.rootfs())) {
                add(tar, rootfsOnly, rootfsOnly.resolve("/" + child.getFileName(), false),
                        child.getFileName().toString());
            }
            tar.finish();
        } catch (IOException e) {
            throw new SystemFault("cannot export container " + tree.container() + ": " + e.getMessage(), e);
        }
    }

    /** Adds the node and, for a directory, everything below it, each child mapped through the mounts again. */
    private void add(LayerTarWriter tar, ContainerPaths paths, Resolved node, String name) throws IOException {
        tar.add(node.host(), name);
        if (Files.isDirectory(node.host(), NOFOLLOW)) {
            for (Path child : children(node.host())) {
                String childName = child.getFileName().toString();
                add(tar, paths, node.child(childName, paths), name + "/" + childName);
            }
        }
    }

    private static List<Path> children(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.sorted().toList();
        }
    }

    private static Resolved existing(ContainerTree tree, ContainerPaths paths, String path) {
        Resolved resolved = paths.resolve(path, followsLast(path));
        if (!Files.exists(resolved.host(), NOFOLLOW)) {
            throw notFound(tree, path);
        }
        return resolved;
    }

    /** {@code dir/.} and {@code dir/} name the directory a symlink leads to, as in dockerd. */
    private static boolean followsLast(String path) {
        return path.endsWith("/") || path.endsWith("/.") || path.equals(".");
    }

    /** dockerd's base name: {@code .} for {@code dir/.}, the last component otherwise, {@code /} for the root. */
    static String baseName(String path) {
        if (path.endsWith("/.") || path.equals(".")) {
            return ".";
        }
        List<String> parts = ContainerPaths.parts(path);
        return parts.isEmpty() ? "/" : parts.getLast();
    }

    /** The top name in the tar: the base name, the root's content being at the top itself. */
    private static String topName(String path) {
        String base = baseName(path);
        return base.equals("/") ? "." : base;
    }

    static NotFound notFound(ContainerTree tree, String path) {
        return new NotFound("Could not find the file " + path + " in container " + tree.container());
    }
}
