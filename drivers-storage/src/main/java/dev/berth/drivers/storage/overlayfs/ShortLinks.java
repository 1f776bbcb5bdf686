package dev.berth.drivers.storage.overlayfs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;

/**
 * Short names for layer directories, as overlay2's {@code l/} directory: {@code <root>/l/<id>} is a symlink to
 * {@code ../snapshots/<key>/fs}. The mount(2) data of an overlay is limited to one page, so lowerdir lists of
 * {@code <root>/l/<10 chars>} entries let about a hundred layers fit (under {@code /var/lib/berth/overlayfs}) where
 * full paths would allow twenty.
 */
final class ShortLinks {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int LENGTH = 10;
    /** The file in a snapshot's directory naming its link. */
    private static final String LINK_FILE = "link";

    private final Path links;
    private final SecureRandom random = new SecureRandom();

    ShortLinks(Path root) throws IOException {
        this.links = Files.createDirectories(root.resolve("l"));
        removeDangling();
    }

    /** Gives the snapshot being built in {@code staging}, to be published as {@code key}, a fresh link. */
    void create(Path staging, String key) throws IOException {
        String id;
        do {
            id = newId();
        } while (Files.exists(links.resolve(id), LinkOption.NOFOLLOW_LINKS));
        Files.writeString(staging.resolve(LINK_FILE), id, StandardCharsets.US_ASCII);
        point(id, key);
    }

    /** The short path of a snapshot's {@code fs/}; the link is recreated if a crash lost it. */
    Path path(Path snapshotDirectory) throws IOException {
        String id = id(snapshotDirectory);
        Path link = links.resolve(id);
        if (!Files.isSymbolicLink(link)) {
            point(id, snapshotDirectory.getFileName().toString());
        }
        return link;
    }

    /** After a commit renamed the snapshot's directory. */
    void retarget(Path snapshotDirectory) throws IOException {
        point(id(snapshotDirectory), snapshotDirectory.getFileName().toString());
    }

    void remove(String id) throws IOException {
        Files.deleteIfExists(links.resolve(id));
    }

    String id(Path snapshotDirectory) throws IOException {
        return Files.readString(snapshotDirectory.resolve(LINK_FILE), StandardCharsets.US_ASCII).strip();
    }

    /** Replaces the link atomically: a new symlink renamed over the old one. */
    private void point(String id, String key) throws IOException {
        Path temp = links.resolve("." + id + ".tmp");
        Files.deleteIfExists(temp);
        Files.createSymbolicLink(temp, Path.of("..", "snapshots", key, "fs"));
        Files.move(temp, links.resolve(id), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Links whose snapshot is gone, left by a crash between removing a snapshot and its link. */
    private void removeDangling() throws IOException {
        List<Path> dangling;
        try (Stream<Path> entries = Files.list(links)) {
            dangling = entries.filter(link -> !Files.exists(link)).toList();
        }
        for (Path link : dangling) {
            Files.delete(link);
        }
    }

    private String newId() {
        StringBuilder id = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
