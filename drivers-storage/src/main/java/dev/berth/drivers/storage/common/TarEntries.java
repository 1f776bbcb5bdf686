package dev.berth.drivers.storage.common;

import dev.berth.domain.error.InvalidParameter;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

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
import java.util.Base64;
import java.util.Map;

/**
 * Turns one tar entry into a node on disk (layers and {@code docker cp} share it): regular files, directories,
 * symlinks, hard links, devices and FIFOs, then their owner, mode, mtime and PAX xattrs.
 */
public final class TarEntries {

    private static final String SCHILY_XATTR = "SCHILY.xattr.";
    private static final String LIBARCHIVE_XATTR = "LIBARCHIVE.xattr.";

    private TarEntries() {
    }

    /**
     * Creates the entry at {@code target}, replacing what is there unless both are directories (merged);
     * {@code linkSource} is a hard link's resolved target (null for other entries). Returns the bytes written.
     */
    public static long create(TarArchiveEntry entry, Path target, Path linkSource, InputStream content)
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
            Files.createLink(target, linkSource);
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

    public static FileAttributes attributesOf(TarArchiveEntry entry) {
        FileTime modified = entry.getLastModifiedTime();
        FileTime accessed = entry.getLastAccessTime() != null ? entry.getLastAccessTime() : modified;
        return new FileAttributes(entry.getLongUserId(), entry.getLongGroupId(), entry.getMode(), modified,
                accessed);
    }

    /** GNU/star record xattrs as {@code SCHILY.xattr.NAME}, libarchive as URL-encoded names with base64 values. */
    public static void applyXattrs(TarArchiveEntry entry, Path target) throws IOException {
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

}
