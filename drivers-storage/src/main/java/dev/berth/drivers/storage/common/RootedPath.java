package dev.berth.drivers.storage.common;

import dev.berth.domain.error.InvalidParameter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves names from a layer tar inside a root directory without ever leaving it: names are cleaned lexically, and
 * every parent component that is a symlink (perhaps planted earlier by the same tar) is followed inside the root,
 * an absolute target being taken from the root, as a container would see it. Whatever climbs above the root through
 * {@code ..} is rejected. The last component is never followed: entries replace symlinks, they do not write through
 * them.
 */
public final class RootedPath {

    private static final int MAX_LINKS = 40;

    private final Path root;

    public RootedPath(Path root) {
        this.root = root;
    }

    /** {@code ./a//b/../c/} becomes {@code a/c}, the root is ""; InvalidParameter when absolute or escaping. */
    public static String normalize(String name) {
        if (name.startsWith("/")) {
            throw escape(name);
        }
        List<String> parts = new ArrayList<>();
        for (String part : name.split("/")) {
            switch (part) {
                case "", "." -> { }
                case ".." -> {
                    if (parts.isEmpty()) {
                        throw escape(name);
                    }
                    parts.removeLast();
                }
                default -> parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /** Where {@code name} lives on disk, parents' symlinks followed within the root, the last component as is. */
    public Path resolve(String name) throws IOException {
        String clean = normalize(name);
        if (clean.isEmpty()) {
            return root;
        }
        Deque<String> pending = new ArrayDeque<>(List.of(clean.split("/")));
        List<String> resolved = new ArrayList<>();
        int links = 0;
        while (pending.size() > 1) {
            String part = pending.removeFirst();
            switch (part) {
                case "", "." -> { }
                case ".." -> {
                    if (resolved.isEmpty()) {
                        throw escape(name);
                    }
                    resolved.removeLast();
                }
                default -> {
                    Path candidate = join(resolved).resolve(part);
                    if (!Files.isSymbolicLink(candidate)) {
                        resolved.add(part);
                    } else {
                        if (++links > MAX_LINKS) {
                            throw new InvalidParameter("invalid tar entry " + name + ": too many levels of symbolic links");
                        }
                        String target = Files.readSymbolicLink(candidate).toString();
                        if (target.startsWith("/")) {
                            resolved.clear();
                        }
                        List<String> targetParts = List.of(target.split("/"));
                        for (int i = targetParts.size() - 1; i >= 0; i--) {
                            pending.addFirst(targetParts.get(i));
                        }
                    }
                }
            }
        }
        return join(resolved).resolve(pending.getFirst());
    }

    private Path join(List<String> parts) {
        Path path = root;
        for (String part : parts) {
            path = path.resolve(part);
        }
        return path;
    }

    private static InvalidParameter escape(String name) {
        return new InvalidParameter("invalid tar entry " + name + ": path escapes the layer root");
    }
}
