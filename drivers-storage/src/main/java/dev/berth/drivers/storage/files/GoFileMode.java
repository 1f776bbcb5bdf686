package dev.berth.drivers.storage.files;

import dev.berth.domain.files.PathStat;

/** A Unix {@code st_mode} in Go's {@code os.FileMode} encoding, which the Docker CLI decodes. */
final class GoFileMode {

    private static final int TYPE_BITS = 0170000;

    private GoFileMode() {
    }

    static long of(int unixMode) {
        long mode = unixMode & 0777;
        mode |= switch (unixMode & TYPE_BITS) {
            case 0040000 -> PathStat.DIRECTORY;
            case 0120000 -> PathStat.SYMLINK;
            case 0020000 -> PathStat.DEVICE | PathStat.CHAR_DEVICE;
            case 0060000 -> PathStat.DEVICE;
            case 0010000 -> PathStat.NAMED_PIPE;
            case 0140000 -> PathStat.SOCKET;
            default -> 0L;
        };
        if ((unixMode & 04000) != 0) {
            mode |= PathStat.SETUID;
        }
        if ((unixMode & 02000) != 0) {
            mode |= PathStat.SETGID;
        }
        if ((unixMode & 01000) != 0) {
            mode |= PathStat.STICKY;
        }
        return mode;
    }
}
