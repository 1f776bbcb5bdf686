package dev.berth.drivers.storage.files;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.files.ContainerTree;
import dev.berth.domain.files.ContainerTree.TreeMount;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Maps container paths to host paths as the container would see them: symlinks are followed inside the container
 * (an absolute target starts again at its root, {@code ..} stops at the root, as in dockerd's
 * FollowSymlinkInScope), and a path under a mount's destination is in the mount's source. Every host path is built
 * from components already checked, so nothing resolves outside the rootfs or the mounts' sources.
 */
final class ContainerPaths {

    private static final int MAX_LINKS = 255;

    private final ContainerTree tree;
    private final List<TreeMount> longestFirst;

    ContainerPaths(ContainerTree tree) {
        this.tree = tree;
        this.longestFirst = tree.mounts().stream()
                .sorted(Comparator.comparingInt((TreeMount m) -> parts(m.destination()).size()).reversed())
                .toList();
    }

    /** A resolved path: its components in the container and where they are on the host. */
    record Resolved(List<String> parts, Path host) {

        String containerPath() {
            return "/" + String.join("/", parts);
        }

        Resolved child(String name, ContainerPaths paths) {
            List<String> childParts = new ArrayList<>(parts);
            childParts.add(name);
            return new Resolved(List.copyOf(childParts), paths.host(childParts));
        }
    }

    /** Resolves {@code path}; its last component is followed when it is a symlink only if {@code followLast}. */
    Resolved resolve(String path, boolean followLast) {
        Deque<String> pending = new ArrayDeque<>();
        push(pending, path);
        List<String> resolved = new ArrayList<>();
        int links = 0;
        try {
            while (!pending.isEmpty()) {
                String part = pending.pop();
                if (part.isEmpty() || part.equals(".")) {
                    continue;
                }
                if (part.equals("..")) {
                    if (!resolved.isEmpty()) {
                        resolved.removeLast();
                    }
                    continue;
                }
                resolved.add(part);
                Path candidate = host(resolved);
                boolean last = pending.stream().allMatch(p -> p.isEmpty() || p.equals("."));
                if (Files.isSymbolicLink(candidate) && (followLast || !last)) {
                    if (++links > MAX_LINKS) {
                        throw new InvalidParameter("too many levels of symbolic links: " + path);
                    }
                    resolved.removeLast();
                    String target = Files.readSymbolicLink(candidate).toString();
                    if (target.startsWith("/")) {
                        resolved.clear();
                    }
                    push(pending, target);
                }
            }
        } catch (IOException e) {
            throw new InvalidParameter("cannot resolve " + path + ": " + e.getMessage());
        }
        return new Resolved(List.copyOf(resolved), host(resolved));
    }

    /** The mount holding a container path, if any. */
    Optional<TreeMount> mountOf(List<String> parts) {
        return longestFirst.stream().filter(m -> isUnder(parts, parts(m.destination()))).findFirst();
    }

    Path host(List<String> parts) {
        Optional<TreeMount> mount = mountOf(parts);
        Path base = mount.map(TreeMount::source).orElse(tree.rootfs());
        int skip = mount.map(m -> parts(m.destination()).size()).orElse(0);
        for (String part : parts.subList(skip, parts.size())) {
            base = base.resolve(part);
        }
        return base;
    }

    private static boolean isUnder(List<String> parts, List<String> prefix) {
        return parts.size() >= prefix.size() && parts.subList(0, prefix.size()).equals(prefix);
    }

    static List<String> parts(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static void push(Deque<String> pending, String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            pending.push(parts[i]);
        }
    }
}
