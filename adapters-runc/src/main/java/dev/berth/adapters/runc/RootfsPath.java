package dev.berth.adapters.runc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Resolves a path as the container would see it, with symlinks followed inside the rootfs: an image's
 * {@code /etc/passwd -> /usr/lib/passwd} or {@code ../../..} must never reach the host's files.
 */
final class RootfsPath {

    private static final int MAX_LINKS = 255;

    private RootfsPath() {
    }

    /** The host path of {@code containerPath}; components that do not exist yet are kept as they are. */
    static Path resolve(Path rootfs, String containerPath) throws IOException {
        Deque<String> pending = new ArrayDeque<>();
        push(pending, containerPath);
        Deque<String> resolved = new ArrayDeque<>();
        int links = 0;
        while (!pending.isEmpty()) {
            String part = pending.pop();
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                resolved.pollLast();
                continue;
            }
            Path candidate = join(rootfs, resolved).resolve(part);
            if (Files.isSymbolicLink(candidate)) {
                if (++links > MAX_LINKS) {
                    throw new IOException("too many levels of symbolic links: " + containerPath);
                }
                String target = Files.readSymbolicLink(candidate).toString();
                if (target.startsWith("/")) {
                    resolved.clear();
                }
                push(pending, target);
            } else {
                resolved.addLast(part);
            }
        }
        return join(rootfs, resolved);
    }

    /** Whether the resolved path exists as a regular file (not following a last symlink out of the rootfs). */
    static boolean isFile(Path hostPath) {
        return Files.isRegularFile(hostPath, LinkOption.NOFOLLOW_LINKS);
    }

    private static void push(Deque<String> pending, String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            pending.push(parts[i]);
        }
    }

    private static Path join(Path rootfs, Deque<String> parts) {
        Path path = rootfs;
        for (String part : parts) {
            path = path.resolve(part);
        }
        return path;
    }
}
