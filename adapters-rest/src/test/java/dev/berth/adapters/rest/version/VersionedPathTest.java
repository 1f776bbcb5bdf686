package dev.berth.adapters.rest.version;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionedPathTest {

    @Test
    void stripsTheVersionPrefix() {
        var p = VersionedPath.of("/v1.41/containers/json");
        assertEquals(Optional.of(new ApiVersion(1, 41)), p.version());
        assertEquals("/containers/json", p.path());
        assertEquals(new ApiVersion(1, 41), p.effectiveVersion());
    }

    @Test
    void anUnversionedPathSpeaksTheNewestVersion() {
        var p = VersionedPath.of("/_ping");
        assertEquals("/_ping", p.path());
        assertEquals(ApiVersion.MAXIMUM, p.effectiveVersion());
    }

    @Test
    void versionsOutsideTheRangeAreRefusedWithDockerdsWords() {
        var old = assertThrows(InvalidParameter.class, () -> VersionedPath.of("/v1.12/info").effectiveVersion());
        assertEquals("client version 1.12 is too old. Minimum supported API version is 1.24, please upgrade your "
                + "client to a newer version", old.getMessage());
        var tooNew = assertThrows(InvalidParameter.class, () -> VersionedPath.of("/v1.99/info").effectiveVersion());
        assertTrue(tooNew.getMessage().startsWith("client version 1.99 is too new"));
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(ApiVersion.parse("1.9").compareTo(ApiVersion.parse("1.10")) < 0);
        assertTrue(ApiVersion.parse("1.43").atLeast(ApiVersion.parse("1.41")));
    }
}
