package dev.berth.domain.files;

import java.time.Instant;

/**
 * What {@code HEAD /containers/{id}/archive} tells about a path, as dockerd's {@code ContainerPathStat}: {@code mode}
 * in Go's {@code os.FileMode} encoding (permission bits plus type bits such as {@link #DIRECTORY}), and the
 * container path a symlink leads to ({@code linkTarget}, empty otherwise).
 */
public record PathStat(String name, long size, long mode, Instant mtime, String linkTarget) {

    public static final long DIRECTORY = 1L << 31;
    public static final long SYMLINK = 1L << 27;
    public static final long DEVICE = 1L << 26;
    public static final long NAMED_PIPE = 1L << 25;
    public static final long SOCKET = 1L << 24;
    public static final long SETUID = 1L << 23;
    public static final long SETGID = 1L << 22;
    public static final long CHAR_DEVICE = 1L << 21;
    public static final long STICKY = 1L << 20;

    public boolean isDirectory() {
        return (mode & DIRECTORY) != 0;
    }
}
