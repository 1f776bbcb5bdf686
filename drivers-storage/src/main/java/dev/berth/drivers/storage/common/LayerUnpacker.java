package dev.berth.drivers.storage.common;

import dev.berth.domain.error.InvalidParameter;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Unpacks a layer tar into a layer's directory, as moby's {@code UnpackLayer}: regular files, directories, symlinks,
 * hard links, devices and FIFOs with their owner, mode, mtime and PAX xattrs; {@code .wh.} entries go to the
 * driver's {@link WhiteoutWriter}. No entry lands outside the directory (see {@link RootedPath}).
 */
public final class LayerUnpacker {

    private static final String SCHILY_XATTR = "SCHILY.xattr.";
    private static final String LIBARCHIVE_XATTR = "LIBARCHIVE.xattr.";

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
            bytes += create(entry, target, rooted, tar);
            unpacked.add(target);
            FileAttributes attributes = attributesOf(entry);
            if (!entry.isLink()) {
                attributes.applyOwnerAndMode(target);
                applyXattrs(entry, target);
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

    private long create(TarArchiveEntry entry, Path target, RootedPath rooted, InputStream content)
            throws IOException {
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        boolean mergeDirectory = entry.isDirectory() && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && !mergeDirectory) {
            FileTree.delete(target);
        }
        if (entry.isDirectory()) {
            if (!mergeDirectory) {
                Files.createDirectory(target);
            }
        } else if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
            Files.createLink(target, linkSource(entry, rooted));
        } else if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
            int type = entry.isCharacterDevice() ? Syscalls.S_IFCHR
                    : entry.isBlockDevice() ? Syscalls.S_IFBLK : Syscalls.S_IFIFO;
            Syscalls.mknod(target, type | (entry.getMode() & 07777),
                    Syscalls.makedev(entry.getDevMajor(), entry.getDevMinor()));
        } else if (entry.isFile()) {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                return content.transferTo(out);
            }
        } else {
            throw new InvalidParameter("unsupported tar entry type for " + entry.getName());
        }
        return 0;
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

    private static FileAttributes attributesOf(TarArchiveEntry entry) {
        FileTime modified = entry.getLastModifiedTime();
        FileTime accessed = entry.getLastAccessTime() != null ? entry.getLastAccessTime() : modified;
        return new FileAttributes(entry.getLongUserId(), entry.getLongGroupId(), entry.getMode(), modified,
                accessed);
    }

    /** GNU/star record xattrs as {@code SCHILY.xattr.NAME}, libarchive as URL-encoded names with base64 values. */
    private static void applyXattrs(TarArchiveEntry entry, Path target) throws IOException {
        for (Map.Entry<String, String> header : entry.getExtraPaxHeaders().entrySet()) {
            String key = header.getKey();
            if (key.startsWith(SCHILY_XATTR)) {
                setXattr(target, key.substring(SCHILY_XATTR.length()),
                        header.getValue().getBytes(StandardCharsets.UTF_8));
            } else if (key.startsWith(LIBARCHIVE_XATTR)) {
                setXattr(target, URLDecoder.decode(key.substring(LIBARCHIVE_XATTR.length()), StandardCharsets.UTF_8),
                        Base64.getDecoder().decode(header.getValue()));
            }
        }
    }

    private static void setXattr(Path target, String name, byte[] value) throws IOException {
        if (ReservedXattrs.isReserved(name)) {
            throw new InvalidParameter("invalid tar entry " + target.getFileName() + ": xattr " + name
                    + " is reserved for overlay");
        }
        Syscalls.lsetxattr(target, name, value);
    }

    private record DeferredTimes(Path directory, FileAttributes attributes) {
    }
}
