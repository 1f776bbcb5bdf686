package dev.berth.drivers.storage.vfs;

import dev.berth.drivers.storage.common.LayerTarWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/** A vfs layer's changes as a layer tar: what changed as entries, what only the parent has as {@code .wh.} ones. */
final class TreeComparisonDiff {

    private final LayerTarWriter tar;

    TreeComparisonDiff(OutputStream out) {
        this.tar = new LayerTarWriter(out);
    }

    void write(Path child, Optional<Path> parent) throws IOException {
        new TreeComparison(new TreeComparison.Visitor() {
            @Override
            public void removed(String name, Path directory) throws IOException {
                tar.addWhiteout(name, directory);
            }

            @Override
            public void changed(Path node, String name, boolean existedBefore) throws IOException {
                tar.add(node, name);
            }
        }).walk(child, parent);
        tar.finish();
    }
}
