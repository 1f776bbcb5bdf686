package dev.berth.drivers.storage.common;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/** Builds layer tars in memory, entry by entry, the way image builders write them. */
public final class LayerTar {

    public static final FileTime MTIME = FileTime.from(Instant.parse("2021-03-04T05:06:07Z"));

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);

    public LayerTar() {
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    public LayerTar dir(String name, int mode, int uid, int gid) {
        TarArchiveEntry entry = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
        return add(owned(entry, mode, uid, gid), new byte[0]);
    }

    public LayerTar dir(String name) {
        return dir(name, 0755, 0, 0);
    }

    public LayerTar file(String name, String content, int mode, int uid, int gid) {
        return add(owned(new TarArchiveEntry(name), mode, uid, gid), content.getBytes(StandardCharsets.UTF_8));
    }

    public LayerTar file(String name, String content) {
        return file(name, content, 0644, 0, 0);
    }

    public LayerTar fileWithXattr(String name, String content, String xattr, String value) {
        TarArchiveEntry entry = owned(new TarArchiveEntry(name), 0644, 0, 0);
        entry.addPaxHeader("SCHILY.xattr." + xattr, value);
        return add(entry, content.getBytes(StandardCharsets.UTF_8));
    }

    public LayerTar symlink(String name, String target) {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
        entry.setLinkName(target);
        return add(owned(entry, 0777, 0, 0), new byte[0]);
    }

    public LayerTar hardlink(String name, String target) {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_LINK);
        entry.setLinkName(target);
        return add(owned(entry, 0644, 0, 0), new byte[0]);
    }

    public LayerTar charDevice(String name, int major, int minor) {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_CHR);
        entry.setDevMajor(major);
        entry.setDevMinor(minor);
        return add(owned(entry, 0666, 0, 0), new byte[0]);
    }

    public LayerTar fifo(String name) {
        return add(owned(new TarArchiveEntry(name, TarConstants.LF_FIFO), 0600, 0, 0), new byte[0]);
    }

    /** An empty regular file named {@code .wh.<base>}. */
    public LayerTar whiteout(String path) {
        return file(Whiteout.removalOf(path), "");
    }

    public LayerTar opaque(String directory) {
        return file(Whiteout.opaqueOf(directory), "");
    }

    public InputStream stream() {
        try {
            tar.finish();
            tar.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static TarArchiveEntry owned(TarArchiveEntry entry, int mode, int uid, int gid) {
        entry.setMode(mode);
        entry.setUserId(uid);
        entry.setGroupId(gid);
        entry.setModTime(MTIME);
        return entry;
    }

    private LayerTar add(TarArchiveEntry entry, byte[] content) {
        try {
            entry.setSize(content.length);
            if (!entry.isFile() || entry.isLink()) {
                entry.setSize(0);
            }
            tar.putArchiveEntry(entry);
            if (entry.isFile() && !entry.isLink()) {
                tar.write(content);
            }
            tar.closeArchiveEntry();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
