package dev.berth.drivers.storage.overlayfs;

import dev.berth.drivers.storage.common.LayerTarWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * An overlay upper directory is the diff already: its entries are what changed, its 0/0 character devices are
 * deletions and its opaque directories replaced what was below. This writes it back as a layer tar, parents
 * before their content, names in sorted order so equal trees give equal tars.
 */
final class UpperDirDiff {

    private final Path upper;
    private final LayerTarWriter tar;

    UpperDirDiff(Path upper, OutputStream out) {
        this.upper = upper;
        this.tar = new LayerTarWriter(out);
    }

    void write() throws IOException {
        walk(upper, "");
        tar.finish();
    }

    private void walk(Path directory, String prefix) throws IOException {
        for (Path child : sortedChildren(directory)) {
            String name = prefix + child.getFileName();
            if (OverlayWhiteouts.isWhiteout(child)) {
                tar.addWhiteout(name, child);
                continue;
            }
            tar.add(child, name);
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                if (OverlayWhiteouts.isOpaque(child)) {
                    tar.addOpaque(name, child);
                }
                walk(child, name + "/");
            }
        }
    }

    private static List<Path> sortedChildren(Path directory) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.sorted().toList();
        }
    }
}
