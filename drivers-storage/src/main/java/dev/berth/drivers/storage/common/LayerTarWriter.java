package dev.berth.drivers.storage.common;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a layer tar from files on disk, the reverse of {@link LayerUnpacker}: owner, permission bits, mtime and
 * xattrs ({@code SCHILY.xattr.*}) of each entry; files linked more than once become hard links to their first name.
 */
public final class LayerTarWriter {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final int FILE_TYPE_BITS = 0170000;
    private static final int WHITEOUT_MODE = 0600;

    private final TarArchiveOutputStream tar;
    private final Map<Object, String> linkedFiles = new HashMap<>();

    public LayerTarWriter(OutputStream out) {
        this.tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        tar.setAddPaxHeadersForNonAsciiNames(true);
    }

    /** Adds the node at {@code path} as {@code name} (relative, {@code a/b}); a socket cannot be in a tar. */
    public void add(Path path, String name) throws IOException {
        Optional<TarArchiveEntry> header = headerFor(path, name);
        if (header.isEmpty()) {
            return;
        }
        TarArchiveEntry entry = header.get();
        FileAttributes attributes = FileAttributes.of(path);
        describe(entry, attributes);
        addXattrs(entry, path);
        tar.putArchiveEntry(entry);
        if (entry.isFile() && !entry.isLink() && entry.getSize() > 0) {
            Files.copy(path, tar);
        }
        tar.closeArchiveEntry();
    }

    /** A deletion of {@code name}, carrying the owner and time of the node recording it. */
    public void addWhiteout(String name, Path recordedBy) throws IOException {
        addMarker(Whiteout.removalOf(name), recordedBy);
    }

    /** Marks directory {@code name} (already added) as replacing whatever the layers below had in it. */
    public void addOpaque(String name, Path directory) throws IOException {
        addMarker(Whiteout.opaqueOf(name), directory);
    }

    /** Ends the archive; the underlying stream stays open, it belongs to the caller. */
    public void finish() throws IOException {
        tar.finish();
        tar.flush();
    }

    private Optional<TarArchiveEntry> headerFor(Path path, String name) throws IOException {
        if (Files.isSymbolicLink(path)) {
            TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(path).toString());
            return Optional.of(entry);
        }
        if (Files.isDirectory(path, NOFOLLOW)) {
            return Optional.of(new TarArchiveEntry(name + "/", TarConstants.LF_DIR));
        }
        if (Files.isRegularFile(path, NOFOLLOW)) {
            return Optional.of(regularFile(path, name));
        }
        int mode = (Integer) Files.getAttribute(path, "unix:mode", NOFOLLOW);
        byte type = switch (mode & FILE_TYPE_BITS) {
            case Syscalls.S_IFCHR -> TarConstants.LF_CHR;
            case Syscalls.S_IFBLK -> TarConstants.LF_BLK;
            case Syscalls.S_IFIFO -> TarConstants.LF_FIFO;
            default -> 0;
        };
        if (type == 0) {
            return Optional.empty();
        }
        long device = (Long) Files.getAttribute(path, "unix:rdev", NOFOLLOW);
        TarArchiveEntry entry = new TarArchiveEntry(name, type);
        entry.setDevMajor((int) Syscalls.major(device));
        entry.setDevMinor((int) Syscalls.minor(device));
        return Optional.of(entry);
    }

    private TarArchiveEntry regularFile(Path path, String name) throws IOException {
        if ((Integer) Files.getAttribute(path, "unix:nlink", NOFOLLOW) > 1) {
            Object inode = Files.readAttributes(path, "unix:dev,ino", NOFOLLOW);
            String first = linkedFiles.putIfAbsent(inode, name);
            if (first != null) {
                TarArchiveEntry link = new TarArchiveEntry(name, TarConstants.LF_LINK);
                link.setLinkName(first);
                return link;
            }
        }
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(Files.size(path));
        return entry;
    }

    private void addMarker(String name, Path recordedBy) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        FileAttributes attributes = FileAttributes.of(recordedBy);
        describe(entry, new FileAttributes(attributes.uid(), attributes.gid(), WHITEOUT_MODE, attributes.modified(),
                attributes.accessed()));
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static void describe(TarArchiveEntry entry, FileAttributes attributes) {
        entry.setMode(attributes.mode());
        entry.setUserId(attributes.uid());
        entry.setGroupId(attributes.gid());
        entry.setModTime(attributes.modified());
    }

    /**
     * commons-compress writes PAX values as UTF-8 text, so only attributes whose value is valid UTF-8 survive the
     * trip; binary ones (e.g. {@code security.capability}) are left out rather than corrupted.
     */
    private static void addXattrs(TarArchiveEntry entry, Path path) throws IOException {
        for (String name : Syscalls.llistxattr(path)) {
            if (ReservedXattrs.isReserved(name)) {
                continue;
            }
            byte[] value = Syscalls.lgetxattr(path, name).orElse(new byte[0]);
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(value)).toString();
                entry.addPaxHeader("SCHILY.xattr." + name, text);
            } catch (CharacterCodingException binary) {
                // Left out on purpose, see above: a corrupted capability set is worse than none.
            }
        }
    }
}
