package dev.berth.drivers.storage.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** Owner, permission bits (setuid, setgid, sticky included) and times of one filesystem entry. */
public record FileAttributes(long uid, long gid, int mode, FileTime modified, FileTime accessed) {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final int PERMISSION_BITS = 07777;

    public FileAttributes {
        mode &= PERMISSION_BITS;
    }

    /** The attributes of {@code path} itself (a symlink is not followed). */
    public static FileAttributes of(Path path) throws IOException {
        var unix = Files.readAttributes(path, "unix:uid,gid,mode,lastModifiedTime,lastAccessTime", NOFOLLOW);
        return new FileAttributes(((Number) unix.get("uid")).longValue(), ((Number) unix.get("gid")).longValue(),
                (Integer) unix.get("mode"), (FileTime) unix.get("lastModifiedTime"),
                (FileTime) unix.get("lastAccessTime"));
    }

    /** lchown, then chmod (chown clears setuid/setgid, so the mode comes second); symlinks have no mode of their own. */
    public void applyOwnerAndMode(Path path) throws IOException {
        Files.setAttribute(path, "unix:uid", (int) uid, NOFOLLOW);
        Files.setAttribute(path, "unix:gid", (int) gid, NOFOLLOW);
        if (!Files.isSymbolicLink(path)) {
            Files.setAttribute(path, "unix:mode", mode);
        }
    }

    /** Last, since creating entries in a directory changes its times. */
    public void applyTimes(Path path) throws IOException {
        Syscalls.lutimes(path, accessed, modified);
    }
}
