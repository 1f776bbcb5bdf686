package dev.berth.bootstrap.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostProbeTest {

    @Test
    void theEngineIdIsMadeOnceAndKept(@TempDir Path dataRoot) {
        String first = HostProbe.engineId(dataRoot.resolve("new"));
        assertTrue(first.matches("[0-9a-f-]{36}"), first);
        assertEquals(first, HostProbe.engineId(dataRoot.resolve("new")));
    }

    @Test
    void theOperatingSystemIsThePrettyNameOfOsRelease() {
        assertEquals("Debian GNU/Linux 12 (bookworm)", HostProbe.operatingSystem(
                "NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n"));
    }

    @Test
    void versionsAreReadFromWhatToolsPrint() {
        assertEquals("1.1.5+ds1", HostProbe.versionIn("runc version 1.1.5+ds1\ncommit: 1.1.5+ds1-1\nspec: 1.0.2\n"));
        assertEquals("0.19.0", HostProbe.versionIn("tini version 0.19.0 - git.de40ad0\n"));
        assertEquals("1.14", HostProbe.versionIn("crun version 1.14\ncommit: 667e6ebd\n"));
        assertEquals("", HostProbe.versionIn("no version here"));
    }

    @Test
    void aMissingToolHasNoVersion() {
        assertEquals("", HostProbe.toolVersion(Path.of("/nonexistent/runc")));
    }
}
