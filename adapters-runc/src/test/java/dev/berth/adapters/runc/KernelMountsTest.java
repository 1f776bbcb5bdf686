package dev.berth.adapters.runc;

import dev.berth.domain.error.SystemFault;
import dev.berth.domain.storage.Mount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Real mounts (needs root). */
class KernelMountsTest {

    @TempDir
    Path temp;

    private final KernelMounts mounts = new KernelMounts();
    private Path source;
    private Path target;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root");
        source = Files.createDirectories(temp.resolve("source"));
        target = Files.createDirectories(temp.resolve("target"));
        Files.writeString(source.resolve("file"), "content");
    }

    @AfterEach
    void tearDown() {
        if (target != null) {
            mounts.detachAll(target);
        }
    }

    @Test
    void readOnlyBindShowsTheSourceButRefusesWrites() {
        mounts.mount(new Mount("bind", source.toString(), List.of("rbind", "ro")), target);

        assertTrue(KernelMounts.isMountPoint(target));
        assertTrue(Files.exists(target.resolve("file")));
        FileSystemException refused = assertThrows(FileSystemException.class,
                () -> Files.writeString(target.resolve("new"), "x"));
        assertTrue(refused.getMessage().contains("Read-only") || refused instanceof AccessDeniedException,
                refused.getMessage());
    }

    @Test
    void detachAllRemovesStackedMountsAndToleratesNone() {
        mounts.mount(new Mount("bind", source.toString(), List.of("rbind")), target);
        mounts.mount(new Mount("bind", source.toString(), List.of("rbind")), target);

        mounts.detachAll(target);
        mounts.detachAll(target);

        assertFalse(KernelMounts.isMountPoint(target));
    }

    @Test
    void aFailedMountSaysWhyInTheKernelsWords() {
        SystemFault error = assertThrows(SystemFault.class, () -> mounts.mount(
                new Mount("bind", temp.resolve("missing").toString(), List.of("rbind")), target));
        assertTrue(error.getMessage().contains("No such file or directory"), error.getMessage());
        assertEquals(false, KernelMounts.isMountPoint(target));
    }
}
