package dev.berth.drivers.storage.vfs;

import dev.berth.drivers.storage.common.FileTree;
import dev.berth.drivers.storage.common.WhiteoutWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** A vfs layer is a full copy of the tree, so a whiteout is simply the deletion it stands for. */
public final class VfsWhiteouts implements WhiteoutWriter {

    @Override
    public void remove(Path path) throws IOException {
        FileTree.delete(path);
    }

    /**
     * Empties the directory of everything the layers below left there, keeping this layer's own entries and the
     * directories leading to them.
     */
    @Override
    public void opaque(Path directory, Set<Path> unpacked) throws IOException {
        List<Path> inherited;
        try (Stream<Path> children = Files.list(directory)) {
            inherited = children.filter(child -> unpacked.stream().noneMatch(path -> path.startsWith(child))).toList();
        }
        for (Path child : inherited) {
            FileTree.delete(child);
        }
    }
}
