package dev.berth.drivers.storage.overlayfs;

import dev.berth.domain.storage.Change;
import dev.berth.drivers.storage.common.ChangeList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code docker diff} of an overlay snapshot, read from its upper directory as dockerd's overlay driver does:
 * a 0/0 character device is a deletion, an opaque directory replaced (deleted) what the layers below had there, any
 * other entry is modified when a lower layer has it and added otherwise. A directory the lower layers have with the
 * same mode, size and mtime is only there because something below it changed (copy-up) and is left to
 * {@link ChangeList}.
 */
final class UpperDirChanges {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final String COMPARED = "unix:mode,size,lastModifiedTime";

    private final Path upper;
    private final List<Path> lowers;
    private final ChangeList changes = new ChangeList();

    /** {@code lowers} are the committed layers below, topmost first. */
    UpperDirChanges(Path upper, List<Path> lowers) {
        this.upper = upper;
        this.lowers = List.copyOf(lowers);
    }

    List<Change> list() throws IOException {
        walk(upper, "", false);
        return changes.changes();
    }

    /** Below an opaque directory nothing of the lower layers shows, so everything there is new. */
    private void walk(Path directory, String prefix, boolean hidesLower) throws IOException {
        for (Path child : sortedChildren(directory)) {
            String name = prefix + child.getFileName();
            Optional<Path> before = hidesLower ? Optional.empty() : lower(name);
            boolean isDirectory = Files.isDirectory(child, NOFOLLOW);
            boolean opaque = isDirectory && OverlayWhiteouts.isOpaque(child);
            if (OverlayWhiteouts.isWhiteout(child) || opaque && before.isPresent()) {
                changes.add(name, Change.Kind.DELETED);
            } else if (before.isEmpty()) {
                changes.add(name, Change.Kind.ADDED);
            } else if (!(isDirectory && sameDirectory(child, before.get()))) {
                changes.add(name, Change.Kind.MODIFIED);
            }
            if (isDirectory) {
                walk(child, name + "/", hidesLower || opaque);
            }
        }
    }

    /** The entry the topmost lower layer holds at {@code name}; none when it is missing or whited out there. */
    private Optional<Path> lower(String name) throws IOException {
        for (Path layer : lowers) {
            Path candidate = layer.resolve(name);
            if (Files.exists(candidate, NOFOLLOW)) {
                return OverlayWhiteouts.isWhiteout(candidate) ? Optional.empty() : Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean sameDirectory(Path now, Path before) throws IOException {
        if (!Files.isDirectory(before, NOFOLLOW)) {
            return false;
        }
        return Files.readAttributes(now, COMPARED, NOFOLLOW).equals(Files.readAttributes(before, COMPARED, NOFOLLOW));
    }

    private static List<Path> sortedChildren(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.sorted().toList();
        }
    }
}
