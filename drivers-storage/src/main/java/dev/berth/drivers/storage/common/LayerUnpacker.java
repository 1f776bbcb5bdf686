package dev.berth.drivers.storage.common;

import dev.berth.domain.error.InvalidParameter;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Unpacks a layer tar into a layer's directory, as moby's {@code UnpackLayer}: regular files, directories, symlinks,
 * hard links, devices and FIFOs with their owner, mode, mtime and PAX xattrs; {@code .wh.} entries go to the
 * driver's {@link WhiteoutWriter}. No entry lands outside the directory (see {@link RootedPath}).
 */
public final class LayerUnpacker {

    private final WhiteoutWriter whiteouts;
    private final LowerLayers lowers;

    public LayerUnpacker(WhiteoutWriter whiteouts, LowerLayers lowers) {
        this.whiteouts = whiteouts;
        this.lowers = lowers;
    }

    /** Returns the number of bytes of file content written. */
    public long unpack(InputStream layerTar, Path root) throws IOException {
        RootedPath rooted = new RootedPath(root);
        Set<Path> unpacked = new HashSet<>();
        List<DeferredTimes> directoryTimes = new ArrayList<>();
        long bytes = 0;
        TarArchiveInputStream tar = new TarArchiveInputStream(layerTar);
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            String name = RootedPath.normalize(entry.getName());
            Optional<Whiteout> whiteout = Whiteout.parse(name);
            if (whiteout.isPresent()) {
                applyWhiteout(whiteout.get(), rooted, root, unpacked);
                continue;
            }
            Path target = rooted.resolve(name);
            ensureParent(target, root);
            bytes += TarEntries.create(entry, target, entry.isLink() ? linkSource(entry, rooted) : null, tar);
            unpacked.add(target);
            FileAttributes attributes = TarEntries.attributesOf(entry);
            if (!entry.isLink()) {
                attributes.applyOwnerAndMode(target);
                TarEntries.applyXattrs(entry, target);
                if (entry.isDirectory()) {
                    directoryTimes.add(new DeferredTimes(target, attributes));
                } else {
                    attributes.applyTimes(target);
                }
            }
        }
        for (DeferredTimes deferred : directoryTimes.reversed()) {
            deferred.attributes().applyTimes(deferred.directory());
        }
        return bytes;
    }

    private void applyWhiteout(Whiteout whiteout, RootedPath rooted, Path root, Set<Path> unpacked)
            throws IOException {
        switch (whiteout) {
            case Whiteout.Removal removal -> {
                Path victim = rooted.resolve(removal.path());
                ensureParent(victim, root);
                whiteouts.remove(victim);
            }
            case Whiteout.Opaque opaque -> {
                Path directory = rooted.resolve(opaque.directory());
                ensureDirectory(directory, root);
                whiteouts.opaque(directory, unpacked);
            }
            case Whiteout.Metadata ignored -> { }
        }
    }

    private void ensureParent(Path path, Path root) throws IOException {
        if (!path.equals(root)) {
            ensureDirectory(path.getParent(), root);
        }
    }

    /**
     * A directory the tar does not list comes from a lower layer when one has it (so the upper one does not mask its
     * owner and mode in the merged view), else it is created plain.
     */
    private void ensureDirectory(Path directory, Path root) throws IOException {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)
                && !lowers.copyUp(root.relativize(directory).toString(), root)) {
            Files.createDirectories(directory);
        }
    }

    /** A hard link's target must be in this layer; for overlay it may come from a lower one, copied up first. */
    private Path linkSource(TarArchiveEntry entry, RootedPath rooted) throws IOException {
        String name = RootedPath.normalize(entry.getLinkName());
        Path source = rooted.resolve(name);
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS) && !lowers.copyUp(name, rooted.resolve(""))) {
            throw new InvalidParameter("invalid tar entry " + entry.getName() + ": hard link target "
                    + entry.getLinkName() + " not found");
        }
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidParameter("invalid tar entry " + entry.getName() + ": hard link to directory "
                    + entry.getLinkName());
        }
        return source;
    }

    private record DeferredTimes(Path directory, FileAttributes attributes) {
    }
}
