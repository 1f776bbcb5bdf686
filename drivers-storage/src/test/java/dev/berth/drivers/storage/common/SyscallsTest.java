package dev.berth.drivers.storage.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyscallsTest {

    @TempDir
    Path dir;

    @Test
    void deviceNumbersEncodeAsGlibcDoes() {
        assertEquals(0x103L, Syscalls.makedev(1, 3));
        long big = Syscalls.makedev(4095 + 4096, 300);
        assertEquals(4095 + 4096, Syscalls.major(big));
        assertEquals(300, Syscalls.minor(big));
    }

    @Test
    void mknodCreatesDeviceNodesAndReportsFailures() throws Exception {
        Path device = dir.resolve("zero");
        Syscalls.mknod(device, Syscalls.S_IFCHR | 0640, Syscalls.makedev(1, 5));

        assertEquals(0x105L, Files.getAttribute(device, "unix:rdev", LinkOption.NOFOLLOW_LINKS));
        var failure = assertThrows(FileSystemException.class,
                () -> Syscalls.mknod(device, Syscalls.S_IFIFO | 0600, 0));
        assertTrue(failure.getMessage().contains("File exists"), failure.getMessage());
    }

    @Test
    void xattrsAreSetAndReadOnThePathItself() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        byte[] binary = {0, 1, 2, (byte) 0xff};
        Syscalls.lsetxattr(file, "user.blob", binary);

        assertArrayEquals(binary, Syscalls.lgetxattr(file, "user.blob").orElseThrow());
        assertEquals(Optional.empty(), Syscalls.lgetxattr(file, "user.absent"));
        byte[] large = "v".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        Syscalls.lsetxattr(file, "user.large", large);
        assertArrayEquals(large, Syscalls.lgetxattr(file, "user.large").orElseThrow());
    }

    @Test
    void timesAreSetOnSymlinksAndFifosWithoutOpeningThem() throws Exception {
        Path fifo = dir.resolve("pipe");
        Syscalls.mknod(fifo, Syscalls.S_IFIFO | 0600, 0);
        Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("missing"));
        FileTime time = FileTime.from(Instant.parse("2020-01-02T03:04:05.123456789Z"));

        Syscalls.lutimes(fifo, time, time);
        Syscalls.lutimes(link, time, time);

        assertEquals(time, Files.getLastModifiedTime(fifo, LinkOption.NOFOLLOW_LINKS));
        assertEquals(time, Files.getLastModifiedTime(link, LinkOption.NOFOLLOW_LINKS));
    }
}
