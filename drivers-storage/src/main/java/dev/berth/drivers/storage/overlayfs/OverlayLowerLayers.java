package dev.berth.drivers.storage.overlayfs;

import dev.berth.drivers.storage.common.LowerLayers;
import dev.berth.drivers.storage.common.RootedPath;
import dev.berth.drivers.storage.common.TreeCopier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** Copy-up from the committed layers below an overlay snapshot, topmost first, stopping at a whiteout. */
final class OverlayLowerLayers implements LowerLayers {

    private final List<Path> lowers;

    OverlayLowerLayers(List<Path> lowers) {
        this.lowers = List.copyOf(lowers);
    }

    @Override
    public boolean copyUp(String path, Path root) throws IOException {
        for (Path lower : lowers) {
            Path candidate = new RootedPath(lower).resolve(path);
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                if (OverlayWhiteouts.isWhiteout(candidate)) {
                    return false;
                }
                copyWithParents(lower, lower.relativize(candidate), root);
                return true;
            }
        }
        return false;
    }

    /** Missing parent directories come up with their lower attributes, or they would mask them in the merge. */
    private static void copyWithParents(Path lower, Path relative, Path root) throws IOException {
        for (int depth = 1; depth <= relative.getNameCount(); depth++) {
            Path step = relative.subpath(0, depth);
            Path upper = root.resolve(step);
            if (!Files.exists(upper, LinkOption.NOFOLLOW_LINKS)) {
                TreeCopier.copyNode(lower.resolve(step), upper);
            }
        }
    }
}
