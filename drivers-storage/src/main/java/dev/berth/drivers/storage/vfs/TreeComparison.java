package dev.berth.drivers.storage.vfs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A vfs layer is a full copy, so its changes come from comparing it with its parent's tree, as moby's naive diff
 * does: an entry is changed when its type, mode, owner, size, mtime, device or link target differ (copies keep all
 * of them, so untouched entries compare equal); what only the parent has is removed. Names are walked in sorted
 * order, parents before their content.
 */
final class TreeComparison {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final String COMPARED = "unix:mode,uid,gid,size,lastModifiedTime,rdev";

    /** What the walk finds; names are relative to the layer root ({@code a/b}). */
    interface Visitor {

        /** {@code name} is only in the parent; {@code directory} is the child's directory that lost it. */
        void removed(String name, Path directory) throws IOException;

        /** {@code node} is new ({@code existedBefore} false) or differs from the parent's entry. */
        void changed(Path node, String name, boolean existedBefore) throws IOException;
    }

    private final Visitor visitor;

    TreeComparison(Visitor visitor) {
        this.visitor = visitor;
    }

    /** {@code parent} is the parent's tree, absent for a base layer whose whole tree is the change. */
    void walk(Path child, Optional<Path> parent) throws IOException {
        walk(child, parent.orElse(null), "");
    }

    /** {@code parentDirectory} is null where the parent has no directory at this place. */
    private void walk(Path directory, Path parentDirectory, String prefix) throws IOException {
        List<Path> children = sortedChildren(directory);
        if (parentDirectory != null) {
            Set<String> kept = children.stream().map(c -> c.getFileName().toString()).collect(Collectors.toSet());
            for (Path removed : sortedChildren(parentDirectory)) {
                if (!kept.contains(removed.getFileName().toString())) {
                    visitor.removed(prefix + removed.getFileName(), directory);
                }
            }
        }
        for (Path child : children) {
            String name = prefix + child.getFileName();
            Path before = parentDirectory == null ? null : parentDirectory.resolve(child.getFileName().toString());
            boolean existedBefore = before != null && Files.exists(before, NOFOLLOW);
            if (!existedBefore || changed(child, before)) {
                visitor.changed(child, name, existedBefore);
            }
            if (Files.isDirectory(child, NOFOLLOW)) {
                boolean wasDirectory = existedBefore && Files.isDirectory(before, NOFOLLOW);
                walk(child, wasDirectory ? before : null, name + "/");
            }
        }
    }

    private static boolean changed(Path now, Path before) throws IOException {
        Map<String, Object> current = new HashMap<>(Files.readAttributes(now, COMPARED, NOFOLLOW));
        Map<String, Object> previous = new HashMap<>(Files.readAttributes(before, COMPARED, NOFOLLOW));
        if (Files.isDirectory(now, NOFOLLOW)) {
            current.remove("size");
            previous.remove("size");
        }
        return !current.equals(previous) || (Files.isSymbolicLink(now)
                && !Objects.equals(Files.readSymbolicLink(now), Files.readSymbolicLink(before)));
    }

    private static List<Path> sortedChildren(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.sorted().toList();
        }
    }
}
